package vn.hungyen.xhht.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A user as signed in, with the revision of their account then (V7): a later change ends the session. */
final class SignedInUser extends User {

    private final int revision;

    SignedInUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                 int revision) {
        super(username, password, enabled, true, true, true, authorities);
        this.revision = revision;
    }

    int revision() {
        return revision;
    }
}
