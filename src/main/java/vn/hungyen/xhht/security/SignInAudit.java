package vn.hungyen.xhht.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.review.AuditAction;
import vn.hungyen.xhht.review.AuditLog;

/**
 * Sign-ins to the audit log: every sign-in through the form, and every refused one, by form or HTTP Basic. A
 * successful HTTP Basic request is not logged as a sign-in: each API call carries the password, and what it
 * changes (an upload, a decision) is logged under the user's name.
 */
@Component
class SignInAudit {

    private static final int MAX_NAME = 100;

    private final AuditLog log;

    SignInAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        log.record(name, AuditAction.SIGNED_IN, name, null, null, null);
    }

    /**
     * A refused sign-in has no actor: the name typed is only what someone claimed, kept as the entry's subject, so
     * that nobody can put entries under another user's name by failing to sign in as them.
     */
    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).replaceAll("\\p{Cntrl}", "");
        name = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
        log.record(null, AuditAction.SIGN_IN_FAILED, name, event.getException().getClass().getSimpleName(), null,
                null);
    }
}
