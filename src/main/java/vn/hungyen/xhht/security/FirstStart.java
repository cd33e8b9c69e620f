package vn.hungyen.xhht.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation has no user, so nobody could sign in: it gets an administrator {@code admin}, whose password
 * is {@code XHHT_ADMIN_PASSWORD} or else a random one written once to the log. The demo installation (the H2
 * default, {@code xhht.demo-users=true}) also gets one documented user per role (README).
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    static final String ADMIN = "admin";
    /** The demo users' password, published in the README: for the demo data set only. */
    static final String DEMO_PASSWORD = "xhht-demo-2016";

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final Accounts accounts;
    private final Users users;
    private final String adminPassword;
    private final boolean demoUsers;

    FirstStart(Accounts accounts, Users users, @Value("${XHHT_ADMIN_PASSWORD:}") String adminPassword,
               @Value("${xhht.demo-users:false}") boolean demoUsers) {
        this.accounts = accounts;
        this.users = users;
        this.adminPassword = adminPassword;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (adminPassword.isBlank()) {
            String password = random();
            users.bootstrap(ADMIN, password, Role.ADMIN, null);
            LOG.warn("No user yet: created the administrator \"{}\" with the password {} (shown only this once; "
                    + "set XHHT_ADMIN_PASSWORD to choose it)", ADMIN, password);
        } else {
            users.bootstrap(ADMIN, adminPassword, Role.ADMIN, null);
            LOG.info("No user yet: created the administrator \"{}\" with the password of XHHT_ADMIN_PASSWORD", ADMIN);
        }
        if (demoUsers) {
            users.bootstrap("auditor", DEMO_PASSWORD, Role.AUDITOR, null);
            users.bootstrap("author", DEMO_PASSWORD, Role.RULE_AUTHOR, null);
            users.bootstrap("khoaichau", DEMO_PASSWORD, Role.UNIT_REPORTER, "H_KHOAICHAU");
            users.bootstrap("demo-admin", DEMO_PASSWORD, Role.ADMIN, null);
            LOG.info("Demo users created (auditor, author, khoaichau, demo-admin; see README)");
        }
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
