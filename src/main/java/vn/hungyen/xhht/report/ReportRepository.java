package vn.hungyen.xhht.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.intake.DeliverableEntry;
import vn.hungyen.xhht.intake.Intake;
import vn.hungyen.xhht.intake.IntakeProblem;
import vn.hungyen.xhht.intake.Problem;
import vn.hungyen.xhht.intake.ReportData;
import vn.hungyen.xhht.intake.Source;
import vn.hungyen.xhht.intake.ValueRow;
import vn.hungyen.xhht.plan.Period;
import vn.hungyen.xhht.plan.Status;

/**
 * Tables {@code report}, {@code report_value}, {@code report_deliverable} and {@code report_problem}: each
 * stored report whole, so that the reader's {@link Intake} of it, sources included, can be rebuilt exactly.
 * Every source of a report names the report's own file, so only its sheet and cell are stored.
 */
@Repository
@DependsOnDatabaseInitialization
class ReportRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String REPORT_COLUMNS = "select id, file_name, sha256, size_bytes, unit_code, unit_name, "
            + "period, submitted_on, submitted_on_sheet, submitted_on_cell, prepared_by, received_at, received_on, is_current "
            + "from report ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A report stored: its id, and the report of its unit and period that counted before and counts now. */
    record Stored(long id, Long before, long after) {
    }

    /**
     * Stores a report with all its rows and problems, then marks which report of its unit and period counts.
     * All or nothing. The unit's row is locked first, so that reports of one unit are stored one at a time, by
     * every instance of the application sharing the database: two versions stored at once cannot both be
     * marked as the one that counts.
     */
    @Transactional
    public Stored store(ReportData data, List<IntakeProblem> problems, String sha256, long size,
                        OffsetDateTime receivedAt, LocalDate receivedOn) {
        jdbc.sql("select code from unit where code = ? for update").param(data.unit()).query(String.class).optional();
        Long before = current(data.unit(), data.period());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into report (file_name, sha256, size_bytes, unit_code, unit_name, period, submitted_on, "
                        + "deadline, submitted_on_sheet, submitted_on_cell, prepared_by, received_at, received_on, "
                        + "is_current) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
                .params(data.file(), sha256, size, data.unit(), data.unitName(), data.period().code(),
                        data.submittedOn(), Deadlines.of(data.period()), sheet(data.submittedOnSource()),
                        cell(data.submittedOnSource()), data.preparedBy(), receivedAt, receivedOn)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertValues(id, data.values());
        insertDeliverables(id, data.deliverables());
        insertProblems(id, problems);
        return new Stored(id, before, markCurrent(data.unit(), data.period()));
    }

    private Long current(String unit, Period period) {
        return versions(unit, period).stream().findFirst().map(StoredReport::id).orElse(null);
    }

    private void insertValues(long id, List<ValueRow> values) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ValueRow v = values.get(i);
            rows.add(new Object[] {id, i, v.indicator(), v.year(), v.numerator(), v.denominator(), v.percent(),
                v.note(), sheet(v.source()), cell(v.source())});
        }
        batch.batchUpdate("insert into report_value (report_id, row_no, indicator, value_year, numerator, "
                + "denominator, percent, note, sheet, cell) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertDeliverables(long id, List<DeliverableEntry> deliverables) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < deliverables.size(); i++) {
            DeliverableEntry d = deliverables.get(i);
            rows.add(new Object[] {id, i, d.deliverable(), d.status().name(), d.completedOn(), d.documentNo(),
                d.note(), sheet(d.statusSource()), cell(d.statusSource()), sheet(d.completedOnSource()),
                cell(d.completedOnSource()), sheet(d.documentSource()), cell(d.documentSource())});
        }
        batch.batchUpdate("insert into report_deliverable (report_id, row_no, deliverable, status, completed_on, "
                + "document_no, note, status_sheet, status_cell, completed_on_sheet, completed_on_cell, "
                + "document_sheet, document_cell) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertProblems(long id, List<IntakeProblem> problems) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            IntakeProblem p = problems.get(i);
            rows.add(new Object[] {id, i, sheet(p.source()), cell(p.source()), p.problem().name(),
                JSON.writeValueAsString(p.args()), p.rowCode(), p.rowYear()});
        }
        batch.batchUpdate("insert into report_problem (report_id, row_no, sheet, cell, problem, args, row_code, "
                + "row_year) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Marks the report of the unit and period that counts ({@link StoredReport#LATEST_FIRST}), and only it. */
    private long markCurrent(String unit, Period period) {
        long latest = current(unit, period);
        jdbc.sql("update report set is_current = (id = ?) where unit_code = ? and period = ?")
                .params(latest, unit, period.code()).update();
        return latest;
    }

    Optional<StoredReport> find(long id) {
        return jdbc.sql(REPORT_COLUMNS + "where id = ?").param(id).query(ReportRepository::report).optional();
    }

    Optional<StoredReport> findBySha256(String sha256) {
        return jdbc.sql(REPORT_COLUMNS + "where sha256 = ?").param(sha256).query(ReportRepository::report)
                .optional();
    }

    /** The reports of a unit and period, the one that counts first. */
    List<StoredReport> versions(String unit, Period period) {
        return jdbc.sql(REPORT_COLUMNS + "where unit_code = ? and period = ?").params(unit, period.code())
                .query(ReportRepository::report).list().stream().sorted(StoredReport.LATEST_FIRST).toList();
    }

    List<StoredReport> findAll() {
        return jdbc.sql(REPORT_COLUMNS + "order by id").query(ReportRepository::report).list();
    }

    /**
     * The values that count: of the current reports, for each unit, indicator and year, the value of the
     * report submitted last (as the rules choose it).
     */
    List<CountingValue> countingValues() {
        List<CountingValue> rows = jdbc.sql("select r.id, r.file_name, r.sha256, r.size_bytes, r.unit_code, "
                        + "r.unit_name, r.period, r.submitted_on, r.prepared_by, r.received_at, r.received_on, "
                        + "r.is_current, "
                        + "v.indicator, v.value_year, v.percent from report_value v join report r on r.id = v.report_id "
                        + "where r.is_current")
                .query((rs, n) -> new CountingValue(report(rs, n), rs.getString("indicator"), rs.getInt("value_year"),
                        rs.getDouble("percent")))
                .list();
        Map<String, CountingValue> latest = new HashMap<>();
        rows.stream().sorted((a, b) -> StoredReport.LATEST_FIRST.compare(a.report(), b.report()))
                .forEach(v -> latest.putIfAbsent(v.unit() + "/" + v.indicator() + "/" + v.year(), v));
        return List.copyOf(latest.values());
    }

    long count() {
        return jdbc.sql("select count(*) from report").query(Long.class).single();
    }

    /** Every stored report read back, in the order of their ids. */
    @Transactional(readOnly = true)
    public List<StoredIntake> intakes() {
        return intakes(findAll(), "");
    }

    @Transactional(readOnly = true)
    public Optional<StoredIntake> intake(long id) {
        return find(id).map(r -> intakes(List.of(r), "where report_id = ?", id).get(0));
    }

    /** Every stored report of one unit read back, in the order of their ids. */
    @Transactional(readOnly = true)
    public List<StoredIntake> intakesOf(String unit) {
        List<StoredReport> ofUnit = jdbc.sql(REPORT_COLUMNS + "where unit_code = ? order by id").param(unit)
                .query(ReportRepository::report).list();
        return intakes(ofUnit, "where report_id in (select id from report where unit_code = ?)", unit);
    }

    /** @param where a condition on report_id, with its parameters */
    private List<StoredIntake> intakes(List<StoredReport> reports, String where, Object... params) {
        Map<Long, String> files = new HashMap<>();
        reports.forEach(r -> files.put(r.id(), r.fileName()));
        Map<Long, Source> submittedOn = new HashMap<>();
        jdbc.sql("select id, submitted_on_sheet, submitted_on_cell from report " + where.replace("report_id", "id"))
                .params(params).query(rs -> {
                    long id = rs.getLong("id");
                    submittedOn.put(id, source(files.get(id), rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<ValueRow>> values = new HashMap<>();
        jdbc.sql("select * from report_value " + where + " order by report_id, row_no").params(params).query(rs -> {
            long id = rs.getLong("report_id");
            values.computeIfAbsent(id, k -> new ArrayList<>()).add(value(rs, files.get(id)));
        });
        Map<Long, List<DeliverableEntry>> deliverables = new HashMap<>();
        jdbc.sql("select * from report_deliverable " + where + " order by report_id, row_no").params(params).query(rs -> {
            long id = rs.getLong("report_id");
            deliverables.computeIfAbsent(id, k -> new ArrayList<>()).add(deliverable(rs, files.get(id)));
        });
        Map<Long, List<IntakeProblem>> problems = new HashMap<>();
        jdbc.sql("select * from report_problem " + where + " order by report_id, row_no").params(params).query(rs -> {
            long id = rs.getLong("report_id");
            problems.computeIfAbsent(id, k -> new ArrayList<>()).add(problem(rs, files.get(id)));
        });
        List<StoredIntake> intakes = new ArrayList<>();
        for (StoredReport r : reports) {
            ReportData data = new ReportData(r.fileName(), r.unit(), r.unitName(), r.period(), r.submittedOn(),
                    r.preparedBy(), submittedOn.get(r.id()),
                    List.copyOf(values.getOrDefault(r.id(), List.of())),
                    List.copyOf(deliverables.getOrDefault(r.id(), List.of())));
            intakes.add(new StoredIntake(r, new Intake(r.fileName(), Optional.of(data),
                    problems.getOrDefault(r.id(), List.of()), r.receipt())));
        }
        return intakes;
    }

    private static ValueRow value(ResultSet rs, String file) throws SQLException {
        return new ValueRow(rs.getString("indicator"), rs.getInt("value_year"), nullableLong(rs, "numerator"),
                nullableLong(rs, "denominator"), rs.getDouble("percent"), rs.getString("note"),
                source(file, rs.getString("sheet"), rs.getString("cell")));
    }

    private static DeliverableEntry deliverable(ResultSet rs, String file) throws SQLException {
        return new DeliverableEntry(rs.getString("deliverable"), Status.valueOf(rs.getString("status")),
                date(rs, "completed_on"), rs.getString("document_no"), rs.getString("note"),
                source(file, rs.getString("status_sheet"), rs.getString("status_cell")),
                source(file, rs.getString("completed_on_sheet"), rs.getString("completed_on_cell")),
                source(file, rs.getString("document_sheet"), rs.getString("document_cell")));
    }

    private static IntakeProblem problem(ResultSet rs, String file) throws SQLException {
        int rowYear = rs.getInt("row_year");
        Integer year = rs.wasNull() ? null : rowYear;
        return new IntakeProblem(source(file, rs.getString("sheet"), rs.getString("cell")),
                Problem.valueOf(rs.getString("problem")), JSON.readValue(rs.getString("args"), STRINGS),
                rs.getString("row_code"), year);
    }

    private static StoredReport report(ResultSet rs, int row) throws SQLException {
        return new StoredReport(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("unit_code"), rs.getString("unit_name"),
                Period.of(rs.getString("period")), date(rs, "submitted_on"), rs.getString("prepared_by"),
                rs.getObject("received_at", OffsetDateTime.class), date(rs, "received_on"), rs.getBoolean("is_current"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Source source(String file, String sheet, String cell) {
        return new Source(file, sheet, cell);
    }

    private static String sheet(Source source) {
        return source == null ? null : source.sheet();
    }

    private static String cell(Source source) {
        return source == null ? null : source.cell();
    }
}
