package vn.hungyen.xhht.security;

import java.time.OffsetDateTime;

/** A user as the users page and API show it: never the password or its hash. */
public record Account(String username, Role role, String unit, boolean enabled, OffsetDateTime createdAt) {
}
