package vn.hungyen.xhht.security;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new user, or a change of one: fields left out (null) stay as they are; a password given is set.
 *
 * @param unit the unit of a UNIT_REPORTER (ignored for the other roles)
 */
public record UserEdit(
        @Schema(example = "khoaichau.clerk") String username,
        @Schema(description = "at least 10 characters; never returned") String password,
        Role role,
        @Schema(example = "H_KHOAICHAU") String unit,
        Boolean enabled) {
}
