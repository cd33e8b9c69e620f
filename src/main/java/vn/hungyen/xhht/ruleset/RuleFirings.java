package vn.hungyen.xhht.ruleset;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How often each rule was found broken on the stored reports: the stored findings per rule id. */
@Repository
class RuleFirings {

    private final JdbcClient jdbc;

    RuleFirings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select rule_id, count(*) as n from finding where review_status <> 'RESOLVED' group by rule_id")
                .query(rs -> {
                    counts.put(rs.getString("rule_id"), rs.getLong("n"));
                });
        return counts;
    }
}
