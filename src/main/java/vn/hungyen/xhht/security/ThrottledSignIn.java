package vn.hungyen.xhht.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks passwords through {@code checker} unless the {@link SignInThrottle} says to wait; counts the outcome. */
final class ThrottledSignIn implements AuthenticationProvider {

    /** Refused without checking the password: too many failures of the account or from the client. */
    static final class Throttled extends LockedException {

        private final transient Duration wait;

        Throttled(Duration wait) {
            super("too many failed sign-ins; wait " + wait.toSeconds() + " s");
            this.wait = wait;
        }

        Duration waitFor() {
            return wait;
        }
    }

    private final AuthenticationProvider checker;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider checker, SignInThrottle throttle) {
        this.checker = checker;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        Duration wait = throttle.waiting(account, client).orElse(null);
        if (wait != null) {
            throw new Throttled(wait);
        }
        try {
            Authentication done = checker.authenticate(attempt);
            throttle.succeeded(account);
            return done;
        } catch (BadCredentialsException e) {
            // an unknown name is a BadCredentialsException too (user names are not revealed)
            throttle.failed(account, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }
}
