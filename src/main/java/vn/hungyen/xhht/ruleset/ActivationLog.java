package vn.hungyen.xhht.ruleset;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table rule_activation: appended to by every activation attempt, read newest first. */
@Repository
class ActivationLog {

    private final JdbcClient jdbc;

    ActivationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Activation append(OffsetDateTime at, String requestedBy, Activation.Outcome outcome, String version,
                      String previousVersion, String detail, Long ruleSet) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_activation (attempted_at, requested_by, outcome, version, previous_version, detail, "
                        + "rule_set_id) values (?, ?, ?, ?, ?, ?, ?)")
                .params(at, requestedBy, outcome.name(), version, previousVersion, detail, ruleSet)
                .update(key, "id");
        return new Activation(key.getKey().longValue(), at, requestedBy, outcome, version, previousVersion, detail,
                ruleSet);
    }

    List<Activation> recent(int limit) {
        return jdbc.sql("select id, attempted_at, requested_by, outcome, version, previous_version, detail, rule_set_id "
                        + "from rule_activation order by id desc fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new Activation(rs.getLong("id"), rs.getObject("attempted_at", OffsetDateTime.class),
                        rs.getString("requested_by"), Activation.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("version"), rs.getString("previous_version"), rs.getString("detail"),
                        rs.getObject("rule_set_id", Long.class)))
                .list();
    }
}
