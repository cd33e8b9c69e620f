package vn.hungyen.xhht.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users the tests sign in as, through the sign-in form or HTTP Basic, stored as the application stores them. */
public final class TestUsers {

    public static final String PASSWORD = "mật-khẩu-thử-2016";

    private TestUsers() {
    }

    /** Adds the user (role UNIT_REPORTER, AUDITOR, RULE_AUTHOR or ADMIN; unit for a reporter) unless present. */
    public static void add(JdbcClient jdbc, PasswordEncoder encoder, String username, String role, String unit) {
        if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() == 0) {
            jdbc.sql("insert into app_user (username, password_hash, role, unit_code, enabled, created_at) "
                            + "values (?, ?, ?, ?, true, ?)")
                    .params(username, encoder.encode(PASSWORD), role, unit, OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
    }
}
