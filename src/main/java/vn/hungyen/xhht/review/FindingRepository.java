package vn.hungyen.xhht.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** Tables {@code finding} (every field of each {@link Finding}, in the checker's order) and {@code evaluation}. */
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

    /** A finding to store: its place in the checker's order and the report it concerns. */
    record NewFinding(int seq, Finding finding, Long reportId) {
    }

    /** Replaces the findings of the last evaluation with these, all or nothing. */
    @Transactional
    public void replaceAll(List<NewFinding> findings, EvaluationInfo info) {
        jdbc.sql("delete from finding").update();
        List<Object[]> rows = new ArrayList<>();
        for (NewFinding n : findings) {
            Finding f = n.finding();
            Source s = f.source();
            rows.add(new Object[] {n.seq(), f.ruleId(), f.kind().name(), f.severity().name(), f.unit(),
                name(f.unitKind()), f.period() == null ? null : f.period().code(), f.indicator(), f.deliverable(),
                f.year(), f.actual(), f.target(), f.citation(), s == null ? null : s.file(),
                s == null ? null : s.sheet(), s == null ? null : s.cell(), f.due(), f.date(), name(f.problem()),
                JSON.writeValueAsString(f.problemArgs()), n.reportId(), info.rulesVersion(), info.evaluatedAt()});
        }
        batch.batchUpdate("insert into finding (seq, rule_id, kind, severity, unit_code, unit_kind, period, "
                + "indicator, deliverable, finding_year, actual, target, citation, source_file, source_sheet, "
                + "source_cell, due, reported_date, problem, problem_args, report_id, rules_version, evaluated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.sql("delete from evaluation").update();
        jdbc.sql("insert into evaluation (id, as_of, rules_version, evaluated_at, report_count, finding_count) "
                        + "values (1, ?, ?, ?, ?, ?)")
                .params(info.asOf(), info.rulesVersion(), info.evaluatedAt(), info.reports(), info.findings())
                .update();
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
        List<StoredFinding> items = jdbc.sql("select * from finding" + where.sql() + " order by seq limit ? offset ?")
                .params(where.params(paging.size(), paging.offset())).query(FindingRepository::finding).list();
        return ResultPage.of(items, paging, total);
    }

    List<StoredFinding> all(FindingFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select * from finding" + where.sql() + " order by seq").params(where.params())
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
                .equal("report_id", f.reportId());
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
        return new StoredFinding(rs.getLong("id"), f, rs.getObject("report_id", Long.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
