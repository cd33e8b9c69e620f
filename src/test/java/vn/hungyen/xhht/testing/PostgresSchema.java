package vn.hungyen.xhht.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fresh PostgreSQL schema for one test run, so that runs never collide: {@code xhht_it_<time>_<random>}
 * in the database at {@code XHHT_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}, no password). Flyway creates it; it is dropped when the Spring context closes (and
 * schemas of this kind left over by runs that were killed are dropped after a day).
 *
 * <p>When PostgreSQL cannot be reached the tests are skipped, unless the environment says {@code CI=true}:
 * then they fail. As a JUnit extension ({@link PostgresAppTest}), it checks that before the Spring context
 * is made, and gives the context the schema through system properties, so that every PostgreSQL test class
 * shares one context.
 */
public final class PostgresSchema implements ExecutionCondition, BeforeAllCallback {

    static final String URL_PROPERTY = "xhht.it.pg.url";
    static final String USER_PROPERTY = "xhht.it.pg.user";
    static final String PASSWORD_PROPERTY = "xhht.it.pg.password";
    static final String SCHEMA_PROPERTY = "xhht.it.pg.schema";

    public static final String URL = env("XHHT_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("XHHT_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("XHHT_TEST_DB_PASSWORD", "");
    private static final String PREFIX = "xhht_it_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    public static final String NAME = PREFIX + LocalDateTime.now().format(STAMP) + "_"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));

    private static Boolean available;

    /** Reported as skipped, with the reason, when PostgreSQL cannot be reached (and CI is not set). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        synchronized (PostgresSchema.class) {
            if (available == null) {
                available = connect();
            }
        }
        return available || onCi() ? ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + URL)
                : ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + URL
                        + ": the PostgreSQL tests are skipped (set CI=true to make this a failure)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeAvailable();
        System.setProperty(URL_PROPERTY, URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + NAME);
        System.setProperty(USER_PROPERTY, USER);
        System.setProperty(PASSWORD_PROPERTY, PASSWORD);
        System.setProperty(SCHEMA_PROPERTY, NAME);
    }

    /** Skips (or, on CI, fails) the tests when PostgreSQL is not there. */
    public static synchronized void assumeAvailable() {
        if (available == null) {
            available = connect();
        }
        if (!available) {
            String why = "PostgreSQL is not reachable at " + URL;
            if (onCi()) {
                Assertions.fail(why + " (CI=true: the PostgreSQL tests must run)");
            }
            Assumptions.abort(why + ": the PostgreSQL tests are skipped");
        }
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static boolean connect() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            dropLeftovers(c);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Schemas of killed runs, a day old or more. */
    private static void dropLeftovers(Connection c) throws SQLException {
        String dayAgo = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> old = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select schema_name from information_schema.schemata "
                     + "where schema_name like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(PREFIX.length()).split("_")[0];
                if (stamp.length() == 14 && stamp.compareTo(dayAgo) < 0) {
                    old.add(name);
                }
            }
        }
        for (String name : old) {
            try (Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + name.toLowerCase(Locale.ROOT) + " cascade");
            }
        }
    }

    /** Import it in a PostgreSQL test: drops the schema when the context closes, before its datasource does. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class DropOnClose {

        @Bean
        DisposableBean dropTestSchema(DataSource dataSource) {
            return () -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + NAME + " cascade");
                }
            };
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
