package vn.hungyen.xhht.review;

import java.security.Principal;

/** Who takes a decision: the signed-in user when there is one, whatever name the request gives. */
public final class Reviewer {

    private Reviewer() {
    }

    public static ReviewRequest of(ReviewRequest request, Principal principal) {
        return principal == null ? request : new ReviewRequest(principal.getName(), request.text(), request.until());
    }
}
