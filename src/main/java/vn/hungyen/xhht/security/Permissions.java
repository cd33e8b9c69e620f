package vn.hungyen.xhht.security;

import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.system.Caller;

/**
 * Whether a user may use a page, a form or an API call, asked of what refuses it: the rules of
 * {@link SecurityConfiguration} (through Spring Security's privilege evaluator) and, for a unit reporter,
 * {@link UnitScope}. The pages ask it (the model attribute {@code may}) before they render a link, a button or a
 * form, so that nothing they offer answers 403; the API's refusals come from the same rules.
 */
@Component
public class Permissions {

    private final WebInvocationPrivilegeEvaluator evaluator;

    /** Lazy: the evaluator is made from the filter chains, which are made after the pages' beans. */
    Permissions(@Lazy WebInvocationPrivilegeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** What this user may do; a user who is not signed in may do nothing the pages offer. */
    public May of(Authentication user) {
        return new May(this, user);
    }

    boolean allowed(Authentication user, String method, String path) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<String> unit = Caller.unitOf(user);
        return evaluator.isAllowed("", bare, method, user) && (unit.isEmpty() || UnitScope.admits(unit.get(), bare));
    }

    /**
     * One user's permissions, for the templates ({@code ${may.open('/audit')}}, {@code ${may.send('/upload')}}).
     * Public methods: the templates' expressions call them.
     */
    public record May(Permissions permissions, Authentication user) {

        /** Whether a link to this path (a GET) would be answered. */
        public boolean open(String path) {
            return permissions.allowed(user, "GET", path);
        }

        /** Whether a form posted to this path would be accepted. */
        public boolean send(String path) {
            return permissions.allowed(user, "POST", path);
        }

        /** The one unit a unit reporter sees, or null for a user who sees every unit. */
        public String unit() {
            return user == null ? null : Caller.unitOf(user).orElse(null);
        }

        /** The signed-in user's name, or null. */
        public String name() {
            return user == null ? null : user.getName();
        }
    }
}
