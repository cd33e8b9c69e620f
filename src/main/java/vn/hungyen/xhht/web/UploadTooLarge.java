package vn.hungyen.xhht.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import vn.hungyen.xhht.system.ApiException;

/**
 * A form upload over the size limit, answered with the application's page (413, and what to do) instead of the
 * server's: the CSRF check reads its token from the multipart body, so the size is refused there, before any
 * controller. This filter, ahead of security, parses the body first (the parts are kept for later) and, when it
 * is too large, forwards to {@code /upload/too-large} as a plain GET.
 */
@Controller
@Order(-200)
class UploadTooLarge extends OncePerRequestFilter {

    static final String PATH = "/upload/too-large";

    @GetMapping(PATH)
    String tooLarge() {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (tooLarge(e)) {
                request.getRequestDispatcher(PATH).forward(new QueryOnly(request), response);
                return;
            }
            // any other fault of the body is the upload's own to report
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** The request as a GET with the parameters of its address only: its body cannot be read. */
    private static final class QueryOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        QueryOnly(HttpServletRequest request) {
            super(request);
            UriComponentsBuilder.fromUriString("?" + Objects.toString(request.getQueryString(), "")).build()
                    .getQueryParams().forEach((name, values) -> parameters.put(name, values.stream()
                            .map(v -> v == null ? "" : URLDecoder.decode(v, StandardCharsets.UTF_8))
                            .toArray(String[]::new)));
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
