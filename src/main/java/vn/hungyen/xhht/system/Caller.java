package vn.hungyen.xhht.system;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who sends a request: the signed-in user's name and, for a unit reporter, the one unit whose data they may
 * send and see. The unit travels as an authority {@code UNIT:<code>} next to the role.
 */
public record Caller(String name, Optional<String> unit) {

    public static final String UNIT_AUTHORITY = "UNIT:";

    public static Caller of(Principal principal) {
        if (principal == null) {
            return new Caller(null, Optional.empty());
        }
        Optional<String> unit = principal instanceof Authentication a ? unitOf(a) : Optional.empty();
        return new Caller(principal.getName(), unit);
    }

    public static Optional<String> unitOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(UNIT_AUTHORITY))
                .map(a -> a.substring(UNIT_AUTHORITY.length())).findFirst();
    }
}
