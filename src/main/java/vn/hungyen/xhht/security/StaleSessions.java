package vn.hungyen.xhht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose user was changed since signing in (disabled, given another role or unit, a new
 * password) or removed: one read of the user's row by its key per request that rides on a session, so that
 * the change holds at once, on every instance of the application. The request goes on as anonymous: a page
 * redirects to the sign-in, the API answers 401. HTTP Basic requests load the user anyway and are not
 * concerned.
 */
final class StaleSessions extends OncePerRequestFilter {

    private final Accounts accounts;

    StaleSessions(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user
                && !accounts.current(user.getUsername(), user.revision())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
