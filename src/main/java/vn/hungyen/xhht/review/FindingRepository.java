package vn.hungyen.xhht.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.engine.Finding;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.plan.FindingKind;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Severity;
import vn.hungyen.xhht.plan.UnitKind;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;

/**
 * Tables {@code finding} (every field of each {@link Finding} with its review; one row per breach, kept from one
 * evaluation to the next) and {@code evaluation}. Evaluation writes the findings, {@link Reviews} their review.
 */
@Repository
@DependsOnDatabaseInitialization
class FindingRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FindingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A finding of an evaluation: its place in the checker's order and the report it concerns. */
    record NewFinding(int seq, Finding finding, Long reportId) {
    }

    /** What an evaluation needs to know of a stored finding to carry its review over. */
    record Known(long id, String key, ReviewStatus status, Long reportId, String unit, String period,
                 LocalDate waivedUntil) {
    }

    /** The findings stored, of every unit or (scope) of these units only. */
    List<Known> known(Optional<Set<String>> scope) {
        Where where = new Where();
        scope.ifPresent(units -> where.condition("unit_code in (" + String.join(", ",
                units.stream().map(u -> "?").toList()) + ")", units.toArray()));
        return jdbc.sql("select id, finding_key, review_status, report_id, unit_code, period, waived_until from finding"
                        + where.sql()).params(where.params())
                .query((rs, n) -> new Known(rs.getLong("id"), rs.getString("finding_key"),
                        ReviewStatus.valueOf(rs.getString("review_status")), rs.getObject("report_id", Long.class),
                        rs.getString("unit_code"), rs.getString("period"), date(rs, "waived_until")))
                .list();
    }

    /**
     * Units in the register's order; within a unit, the findings that stand in the checker's order (seq: an
     * evaluation of some units numbers their findings afresh, which orders them within their unit only), then
     * the resolved ones in the order they were first found.
     */
    private static final String ORDER = " order by (select u.seq from unit u where u.code = finding.unit_code) "
            + "nulls first, case when review_status = 'RESOLVED' then 1 else 0 end, "
            + "case when review_status = 'RESOLVED' then id else seq end, id";

    private static final String FIELDS = "seq = ?, rule_id = ?, kind = ?, severity = ?, unit_code = ?, unit_kind = ?, "
            + "period = ?, indicator = ?, deliverable = ?, finding_year = ?, actual = ?, target = ?, citation = ?, "
            + "source_file = ?, source_sheet = ?, source_cell = ?, due = ?, reported_date = ?, problem = ?, "
            + "problem_args = ?, report_id = ?, rules_version = ?, evaluated_at = ?";

    /** Inserts breaches found for the first time, open; returns their ids by key. */
    Map<String, Long> insert(List<NewFinding> findings, String rules, OffsetDateTime at, Optional<Set<String>> scope) {
        List<Object[]> rows = new ArrayList<>();
        for (NewFinding n : findings) {
            rows.add(concat(fields(n, rules, at), n.finding().key(), at));
        }
        batch.batchUpdate("insert into finding (seq, rule_id, kind, severity, unit_code, unit_kind, period, "
                + "indicator, deliverable, finding_year, actual, target, citation, source_file, source_sheet, "
                + "source_cell, due, reported_date, problem, problem_args, report_id, rules_version, evaluated_at, "
                + "finding_key, first_found_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)", rows);
        Map<String, Long> ids = new HashMap<>();
        known(scope).forEach(k -> ids.put(k.key(), k.id()));
        ids.keySet().retainAll(findings.stream().map(n -> n.finding().key()).toList());
        return ids;
    }

    /** Updates breaches found again with what this evaluation found; a resolved one opens again. */
    void update(Map<Long, NewFinding> findings, String rules, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>();
        findings.forEach((id, n) -> rows.add(concat(fields(n, rules, at), id)));
        batch.batchUpdate("update finding set " + FIELDS + ", review_status = case when review_status = 'RESOLVED' "
                + "then 'OPEN' else review_status end, resolved_at = null, resolved_by_report = null where id = ?", rows);
    }

    /** Marks findings no longer found as resolved, by the newer report given, or by none. */
    void resolve(Map<Long, Long> reportByFinding, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>();
        reportByFinding.forEach((id, report) -> rows.add(new Object[] {at, report, id}));
        batch.batchUpdate("update finding set review_status = 'RESOLVED', resolved_at = ?, resolved_by_report = ? "
                + "where id = ?", rows);
    }

    /** Opens again the waived findings whose waiver ran out before {@code today}; returns them. */
    List<Long> expireWaivers(LocalDate today, List<Known> known) {
        List<Long> expired = known.stream().filter(k -> k.status() == ReviewStatus.WAIVED
                && FindingMerge.lapsed(k.waivedUntil(), today)).map(Known::id).toList();
        batch.batchUpdate("update finding set review_status = 'OPEN', waived_until = null where id = ? "
                + "and review_status = 'WAIVED'", expired.stream().map(id -> new Object[] {id}).toList());
        return expired;
    }

    int reportCount() {
        return jdbc.sql("select count(*) from report").query(Integer.class).single();
    }

    /** How many findings stand (are not resolved). */
    int standing() {
        return jdbc.sql("select count(*) from finding where review_status <> 'RESOLVED'").query(Integer.class).single();
    }

    /** Records the evaluation: the one row is updated (so that evaluations of different units take turns on it). */
    void saveEvaluation(EvaluationInfo info) {
        int updated = jdbc.sql("update evaluation set as_of = ?, rules_version = ?, evaluated_at = ?, report_count = ?, "
                        + "finding_count = ? where id = 1")
                .params(info.asOf(), info.rulesVersion(), info.evaluatedAt(), info.reports(), info.findings())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into evaluation (id, as_of, rules_version, evaluated_at, report_count, finding_count) "
                            + "values (1, ?, ?, ?, ?, ?)")
                    .params(info.asOf(), info.rulesVersion(), info.evaluatedAt(), info.reports(), info.findings())
                    .update();
        }
    }

    /**
     * Records an auditor's decision if the finding's status is still {@code expected}: false if another change
     * came first.
     */
    boolean decide(long id, ReviewStatus expected, ReviewStatus to, String explanation, LocalDate waivedUntil,
                   String by, OffsetDateTime at) {
        return jdbc.sql("update finding set review_status = ?, explanation = ?, waived_until = ?, decided_by = ?, "
                        + "decided_at = ? where id = ? and review_status = ?")
                .params(to.name(), explanation, waivedUntil, by, at, id, expected.name()).update() == 1;
    }

    Optional<StoredFinding> find(long id) {
        return jdbc.sql("select * from finding where id = ?").param(id).query(FindingRepository::finding).optional();
    }

    private static Object[] fields(NewFinding n, String rules, OffsetDateTime at) {
        Finding f = n.finding();
        Source s = f.source();
        return new Object[] {n.seq(), f.ruleId(), f.kind().name(), f.severity().name(), f.unit(),
            name(f.unitKind()), f.period() == null ? null : f.period().code(), f.indicator(), f.deliverable(),
            f.year(), f.actual(), f.target(), f.citation(), s == null ? null : s.file(),
            s == null ? null : s.sheet(), s == null ? null : s.cell(), f.due(), f.date(), name(f.problem()),
            JSON.writeValueAsString(f.problemArgs()), n.reportId(), rules, at};
    }

    private static Object[] concat(Object[] fields, Object... more) {
        Object[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    Optional<EvaluationInfo> lastEvaluation() {
        return jdbc.sql("select as_of, rules_version, evaluated_at, report_count, finding_count from evaluation")
                .query((rs, n) -> new EvaluationInfo(rs.getDate("as_of").toLocalDate(), rs.getString("rules_version"),
                        rs.getObject("evaluated_at", OffsetDateTime.class), rs.getInt("report_count"),
                        rs.getInt("finding_count")))
                .optional();
    }

    @Transactional(readOnly = true)
    public ResultPage<StoredFinding> page(FindingFilter filter, Paging paging) {
        Where where = where(filter);
        long total = jdbc.sql("select count(*) from finding" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<StoredFinding> items = jdbc.sql("select * from finding" + where.sql() + ORDER + " limit ? offset ?")
                .params(where.params(paging.size(), paging.offset())).query(FindingRepository::finding).list();
        return ResultPage.of(items, paging, total);
    }

    List<StoredFinding> all(FindingFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select * from finding" + where.sql() + ORDER).params(where.params())
                .query(FindingRepository::finding).list();
    }

    private static Where where(FindingFilter f) {
        Where where = new Where()
                .equal("unit_code", f.unit())
                .in("unit_kind", f.unitKinds())
                .equal("period", f.period() == null ? null : f.period().code())
                .in("kind", f.kinds())
                .in("severity", f.severities())
                .equal("rule_id", f.ruleId())
                .equal("report_id", f.reportId())
                .in("review_status", f.statuses());
        if (f.code() != null && !f.code().isBlank()) {
            where.condition("(indicator = ? or deliverable = ?)", f.code().strip(), f.code().strip());
        }
        return where;
    }

    private static StoredFinding finding(ResultSet rs, int row) throws SQLException {
        String file = rs.getString("source_file");
        Source source = file == null ? null
                : new Source(file, rs.getString("source_sheet"), rs.getString("source_cell"));
        String unitKind = rs.getString("unit_kind");
        String period = rs.getString("period");
        String problem = rs.getString("problem");
        Finding f = new Finding(rs.getString("rule_id"), FindingKind.valueOf(rs.getString("kind")),
                Severity.valueOf(rs.getString("severity")), rs.getString("unit_code"),
                unitKind == null ? null : UnitKind.valueOf(unitKind), period == null ? null : Period.of(period),
                rs.getString("indicator"), rs.getString("deliverable"), rs.getObject("finding_year", Integer.class),
                rs.getObject("actual", Double.class), rs.getObject("target", Double.class), rs.getString("citation"),
                source, date(rs, "due"), date(rs, "reported_date"),
                problem == null ? null : Problem.valueOf(problem), JSON.readValue(rs.getString("problem_args"), STRINGS));
        Review review = new Review(ReviewStatus.valueOf(rs.getString("review_status")), rs.getString("explanation"),
                date(rs, "waived_until"), rs.getString("decided_by"), time(rs, "decided_at"),
                time(rs, "first_found_at"), time(rs, "evaluated_at"), rs.getString("rules_version"),
                time(rs, "resolved_at"), rs.getObject("resolved_by_report", Long.class));
        return new StoredFinding(rs.getLong("id"), f, rs.getObject("report_id", Long.class), review);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
