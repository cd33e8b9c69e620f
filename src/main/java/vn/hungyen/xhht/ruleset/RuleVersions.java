package vn.hungyen.xhht.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.engine.RuleError;

/** Tables rule_set_version, rule_set_file, rule_set_error and rule_set_active: the stored rule sets. */
@Repository
class RuleVersions {

    private static final String COLUMNS = "v.id, v.files_hash, v.rules_version, v.status, v.origin, v.based_on, "
            + "v.reason, v.created_by, v.created_at, v.submitted_by, v.submitted_at, v.approved_by, v.approved_at, "
            + "case when a.version_id is null then false else true end as active";
    private static final String FROM = " from rule_set_version v left join rule_set_active a on a.version_id = v.id";

    private final JdbcClient jdbc;

    RuleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new version of {@code files}, with what its compile said; returns its id. */
    @Transactional
    long insert(RuleFiles files, RuleVersion.Status status, RuleVersion.Origin origin, Long basedOn, String reason,
                String by, OffsetDateTime at, Compiled compiled) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_set_version (files_hash, rules_version, status, origin, based_on, reason, "
                        + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(files.hash(), compiled.rulesVersion(), status.name(), origin.name(), basedOn, reason, by, at)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertFiles(id, files);
        insertErrors(id, compiled.errors());
        return id;
    }

    /** What a compile of a version's files said: its pack's version, or its errors. */
    record Compiled(String rulesVersion, List<RuleError> errors) {
    }

    @Transactional
    void replaceFiles(long id, RuleFiles files, Compiled compiled) {
        jdbc.sql("delete from rule_set_file where version_id = ?").param(id).update();
        jdbc.sql("delete from rule_set_error where version_id = ?").param(id).update();
        jdbc.sql("update rule_set_version set files_hash = ?, rules_version = ? where id = ?")
                .params(files.hash(), compiled.rulesVersion(), id).update();
        insertFiles(id, files);
        insertErrors(id, compiled.errors());
    }

    private void insertFiles(long id, RuleFiles files) {
        files.files().forEach((path, content) -> jdbc.sql(
                        "insert into rule_set_file (version_id, path, content) values (?, ?, ?)")
                .params(id, path, content).update());
    }

    private void insertErrors(long id, List<RuleError> errors) {
        for (int i = 0; i < errors.size(); i++) {
            RuleError e = errors.get(i);
            jdbc.sql("insert into rule_set_error (version_id, seq, file, line_no, column_no, message) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, e.file(), e.line(), e.column(), e.message()).update();
        }
    }

    /** Moves a draft on: submitted by someone, or approved (and activated) by someone. */
    void submitted(long id, String by, OffsetDateTime at) {
        jdbc.sql("update rule_set_version set status = 'SUBMITTED', submitted_by = ?, submitted_at = ? where id = ?")
                .params(by, at, id).update();
    }

    void approved(long id, String by, OffsetDateTime at) {
        jdbc.sql("update rule_set_version set status = 'ACTIVATED', approved_by = ?, approved_at = ? where id = ?")
                .params(by, at, id).update();
    }

    /** Makes it the rule set in use (the one row of rule_set_active). */
    void makeActive(long id, String by, OffsetDateTime at) {
        if (jdbc.sql("update rule_set_active set version_id = ?, activated_by = ?, activated_at = ? where id = 1")
                .params(id, by, at).update() == 0) {
            jdbc.sql("insert into rule_set_active (id, version_id, activated_by, activated_at) values (1, ?, ?, ?)")
                    .params(id, by, at).update();
        }
    }

    Optional<Long> activeId() {
        return jdbc.sql("select version_id from rule_set_active where id = 1").query(Long.class).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from rule_set_version").query(Long.class).single();
    }

    /** The newest version holding exactly these files. */
    Optional<Long> withHash(String hash) {
        return jdbc.sql("select max(id) from rule_set_version where files_hash = ?").param(hash)
                .query(Long.class).optional();
    }

    Optional<RuleVersion> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where v.id = ?").param(id)
                .query((rs, n) -> version(rs, errors(id))).optional();
    }

    /** Every version, newest first. */
    List<RuleVersion> all() {
        Map<Long, List<RuleError>> errors = new HashMap<>();
        jdbc.sql("select version_id, file, line_no, column_no, message from rule_set_error order by version_id, seq")
                .query((ResultSet rs) -> {
                    errors.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>()).add(error(rs));
                });
        return jdbc.sql("select " + COLUMNS + FROM + " order by v.id desc")
                .query((rs, n) -> version(rs, errors.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    RuleFiles files(long id) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        jdbc.sql("select path, content from rule_set_file where version_id = ?").param(id)
                .query((ResultSet rs) -> {
                    files.put(rs.getString("path"), rs.getBytes("content"));
                });
        return new RuleFiles(files);
    }

    private List<RuleError> errors(long id) {
        return jdbc.sql("select file, line_no, column_no, message from rule_set_error where version_id = ? order by seq")
                .param(id).query((rs, n) -> error(rs)).list();
    }

    private static RuleError error(ResultSet rs) throws SQLException {
        return new RuleError(rs.getString("file"), rs.getInt("line_no"), rs.getInt("column_no"), rs.getString("message"));
    }

    private static RuleVersion version(ResultSet rs, List<RuleError> errors) throws SQLException {
        return new RuleVersion(rs.getLong("id"), rs.getString("files_hash"), rs.getString("rules_version"),
                RuleVersion.Status.valueOf(rs.getString("status")), RuleVersion.Origin.valueOf(rs.getString("origin")),
                rs.getObject("based_on", Long.class), rs.getString("reason"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class), List.copyOf(errors), rs.getBoolean("active"));
    }
}
