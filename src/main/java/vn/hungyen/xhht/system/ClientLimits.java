package vn.hungyen.xhht.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hungyen.xhht.message.Messages;

/**
 * At most {@code xhht.clients.max-in-flight} requests of one client address at a time (0: no limit); beyond, 429
 * at once, before anything of the body is read. A worker thread waits as long as a client takes to send its body
 * (Tomcat's connection timeout bounds each wait, not their sum), so one client sending a byte every few seconds
 * could otherwise hold every worker and stall every page. Behind a reverse proxy the client address is the
 * proxy's unless {@code server.forward-headers-strategy=native} lets Tomcat read X-Forwarded-For
 * (docs/security.md); first in the chain, so that nothing is parsed for a refused request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientLimits extends OncePerRequestFilter {

    private final int maxInFlight;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    ClientLimits(@Value("${xhht.clients.max-in-flight:32}") int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (maxInFlight <= 0) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        int now = inFlight.merge(client, 1, Integer::sum);
        try {
            if (now > maxInFlight) {
                refuse(request, response);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            inFlight.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        // the body is not read: the connection cannot serve another request
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Messages.of(RequestLanguage.ofHead(request))
                .text("error.tooManyAtOnce", String.valueOf(maxInFlight)));
        // sent now: Tomcat would otherwise first wait for the unread body, as slowly as the client sends it
        response.flushBuffer();
    }
}
