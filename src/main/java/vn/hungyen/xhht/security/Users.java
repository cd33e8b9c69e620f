package vn.hungyen.xhht.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hungyen.xhht.review.AuditAction;
import vn.hungyen.xhht.review.AuditLog;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.unit.RuleBook;

/** Creating and changing users (ADMIN), each change in the audit log; passwords are kept only as a hash. */
@Service
public class Users {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final RuleBook rules;
    private final AuditLog audit;

    Users(Accounts accounts, PasswordEncoder encoder, RuleBook rules, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.rules = rules;
        this.audit = audit;
    }

    List<Account> all() {
        return accounts.all();
    }

    Account one(String username) {
        return accounts.find(username).orElseThrow(() -> ApiException.notFound("api.error.userNotFound", username));
    }

    @Transactional
    Account create(String by, UserEdit edit) {
        String username = edit.username() == null ? "" : edit.username().strip();
        if (!NAME.matcher(username).matches()) {
            throw ApiException.badRequest("api.error.userName", username);
        }
        if (accounts.find(username).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "api.error.userExists", username);
        }
        Role role = role(edit);
        String unit = unit(role, edit.unit());
        accounts.create(username, hash(username, edit.password()), role, unit);
        audit.record(by, AuditAction.USER_CREATED, username, describe(role, unit, true), null, null);
        return one(username);
    }

    @Transactional
    Account change(String by, String username, UserEdit edit) {
        Account before = one(username);
        Role role = edit.role() == null ? before.role() : role(edit);
        String unit = unit(role, edit.role() == null && edit.unit() == null ? before.unit() : edit.unit());
        boolean enabled = edit.enabled() == null ? before.enabled() : edit.enabled();
        if (username.equals(by) && (!enabled || role != Role.ADMIN)) {
            // an administrator who locked themselves out might leave nobody to let them in again
            throw ApiException.badRequest("api.error.userSelf", username);
        }
        accounts.update(username, role, unit, enabled);
        StringBuilder what = new StringBuilder(describe(role, unit, enabled));
        if (edit.password() != null && !edit.password().isEmpty()) {
            accounts.setPassword(username, hash(username, edit.password()));
            what.append(", password reset");
        }
        audit.record(by, AuditAction.USER_CHANGED, username, what.toString(), null, null);
        return one(username);
    }

    /** A user created at startup, without a person to blame: the application itself. */
    void bootstrap(String username, String password, Role role, String unit) {
        accounts.create(username, encoder.encode(password), role, unit);
        audit.record(null, AuditAction.USER_CREATED, username, describe(role, unit, true), null, null);
    }

    private static Role role(UserEdit edit) {
        if (edit.role() == null) {
            throw ApiException.badRequest("api.error.userRole", "");
        }
        return edit.role();
    }

    private String unit(Role role, String unit) {
        if (role != Role.UNIT_REPORTER) {
            return null;
        }
        String code = unit == null ? "" : unit.strip();
        if (rules.register().find(code).isEmpty()) {
            throw ApiException.badRequest("api.error.userUnit", code);
        }
        return code;
    }

    private String hash(String username, String password) {
        PasswordPolicy.check(username, password);
        return encoder.encode(password);
    }

    private static String describe(Role role, String unit, boolean enabled) {
        return role.name() + (unit == null ? "" : " " + unit) + (enabled ? "" : ", disabled");
    }
}
