package vn.hungyen.xhht.testing;

import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hungyen.xhht.plan.Unit;
import vn.hungyen.xhht.plan.UnitRegister;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * Puts the application's database back as a new installation has it: the register of rules/units.csv, no report,
 * no user (the tests' requests are {@link SignedInTester}'s).
 */
public final class Database {

    private static final List<String> TABLES = List.of("audit_event", "finding", "evaluation", "report_problem",
            "report_deliverable", "report_value", "report_file", "report");

    private Database() {
    }

    public static void reset(JdbcClient jdbc, RuleBook rules) {
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        jdbc.sql("delete from app_user").update();
        List<Unit> seed = List.copyOf(UnitRegister.load(Path.of("rules/units.csv")).all());
        if (!List.copyOf(rules.register().all()).equals(seed)) {
            jdbc.sql("delete from unit").update();
            for (int i = 0; i < seed.size(); i++) {
                Unit u = seed.get(i);
                jdbc.sql("insert into unit (code, name, name_en, kind, seq) values (?, ?, ?, ?, ?)")
                        .params(u.code(), u.name(), u.nameEn(), u.kind().name(), i + 1).update();
            }
            rules.reload();
            TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        }
    }

    /**
     * Rows of each table that holds stored reports or findings; of the audit log, the entries about findings (an
     * upload, even a refused one, is logged too).
     */
    public static List<Long> rowCounts(JdbcClient jdbc) {
        return TABLES.stream().map(t -> jdbc.sql("select count(*) from " + t
                        + (t.equals("audit_event") ? " where finding_id is not null" : ""))
                .query(Long.class).single()).toList();
    }
}
