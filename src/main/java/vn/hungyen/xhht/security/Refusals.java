package vn.hungyen.xhht.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.system.ErrorAnswer;
import vn.hungyen.xhht.system.RequestLanguage;

/**
 * The API's refusals as the rest of its errors, RFC 9457 problem details in the request's language: 401 (with
 * the HTTP Basic challenge) without a valid user, 403 for a user without the right, 404 for another unit's data.
 * A browser following a page's link to the API gets the error page for a 403 ({@link ErrorAnswer}).
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledSignIn.Throttled t) {
            long seconds = Math.max(1, t.waitFor().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.error.signInWait", seconds);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"xhht-checker\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (ErrorAnswer.wantsPage(request)) {
            // a page's link to a download, opened by a signed-in browser: the error page, not JSON
            ErrorAnswer.toPage(request, response, HttpStatus.FORBIDDEN.value(), null);
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Object... args) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", Messages.of(RequestLanguage.of(request)).text(key,
                java.util.Arrays.stream(args).map(String::valueOf).toArray()));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
