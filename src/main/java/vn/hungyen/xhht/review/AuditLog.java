package vn.hungyen.xhht.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hungyen.xhht.system.Paging;
import vn.hungyen.xhht.system.ResultPage;

/**
 * Table {@code audit_event}, append-only: this class, the only one that touches it, inserts and reads, and has
 * no way to change or remove an entry.
 */
@Repository
@DependsOnDatabaseInitialization
public class AuditLog {

    private static final String INSERT = "insert into audit_event (at, actor, action, finding_id, status_before, "
            + "status_after, text, waived_until, report_id, rules_version, subject) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    void appendAll(List<AuditEntry> entries) {
        batch.batchUpdate(INSERT, entries.stream().map(e -> new Object[] {e.at(), e.actor(), e.action().name(),
            e.findingId(), name(e.before()), name(e.after()), e.text(), e.waivedUntil(), e.reportId(),
            e.rulesVersion(), e.subject()}).toList());
    }

    /** An entry about something other than a finding: a sign-in, an upload, a rule activation, a user. */
    public void record(String actor, AuditAction action, String subject, String text, Long reportId,
                       String rulesVersion) {
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        append(new AuditEntry(null, at, actor, action, null, null, null, text, null, reportId, rulesVersion, subject));
    }

    /** A finding's history, oldest first. */
    List<AuditEntry> ofFinding(long findingId) {
        return jdbc.sql("select * from audit_event where finding_id = ? order by id").param(findingId)
                .query(AuditLog::entry).list();
    }

    /** The whole log, newest first; by one actor (blank: anyone), or by the application alone ({@code system}). */
    ResultPage<AuditEntry> page(String actor, boolean bySystem, Paging paging) {
        Where where = new Where().equal("actor", actor);
        if (bySystem) {
            where.condition("actor is null");
        }
        long total = jdbc.sql("select count(*) from audit_event" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select * from audit_event" + where.sql() + " order by id desc limit ? offset ?")
                .params(where.params(paging.size(), paging.offset())).query(AuditLog::entry).list();
        return ResultPage.of(items, paging, total);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("waived_until");
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("finding_id", Long.class),
                status(rs.getString("status_before")), status(rs.getString("status_after")), rs.getString("text"),
                until == null ? null : until.toLocalDate(), rs.getObject("report_id", Long.class),
                rs.getString("rules_version"), rs.getString("subject"));
    }

    private static ReviewStatus status(String name) {
        return name == null ? null : ReviewStatus.valueOf(name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
