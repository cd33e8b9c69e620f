package vn.hungyen.xhht.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.hungyen.xhht.review.AuditAction;
import vn.hungyen.xhht.review.AuditLog;
import vn.hungyen.xhht.unit.RulesChanged;

/**
 * Every change of the rules in force (a rule set activated, the unit register edited) to the audit log, under the
 * name of the user whose request made it; none when the application did (at startup, the rule folder watcher).
 */
@Component
class RulesAudit {

    private final AuditLog log;

    RulesAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void changed(RulesChanged event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth.getName();
        if (actor != null) {
            log.record(actor, AuditAction.RULES_CHANGED, null, null, null, event.rulesVersion());
        }
    }
}
