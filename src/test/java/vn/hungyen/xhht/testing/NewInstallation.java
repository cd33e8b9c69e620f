package vn.hungyen.xhht.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.hungyen.xhht.unit.RuleBook;

/**
 * A test of the whole application ({@link AppTest} or {@link PostgresAppTest}) that starts every test from a new
 * installation: the register of rules/units.csv and no report ({@link Database#reset}).
 */
public abstract class NewInstallation {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected RuleBook rules;

    @BeforeEach
    void newInstallation() {
        Database.reset(jdbc, rules);
    }
}
