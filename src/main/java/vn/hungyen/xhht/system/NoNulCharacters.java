package vn.hungyen.xhht.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hungyen.xhht.message.Messages;

/**
 * A NUL character (code 0) anywhere in a request's parameters or JSON body is refused with 400 and words: no
 * text of the application has one, and PostgreSQL refuses it in a text (a 500 from deep inside a query, a
 * comment, a unit's name). Multipart uploads are not looked into here: their files are workbooks, read as such.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NoNulCharacters extends OncePerRequestFilter {

    // a JSON body is read whole to be looked into; the API's bodies are a comment or a unit, a few KB
    private static final int MAX_JSON = 1 << 20;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest checked = request;
        if (type.contains("json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_JSON + 1);
            if (body.length > MAX_JSON) {
                refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge");
                return;
            }
            if (hasNul(new String(body, StandardCharsets.UTF_8))) {
                refuse(request, response, HttpStatus.BAD_REQUEST, "api.error.nulCharacter");
                return;
            }
            checked = new Body(request, body);
        }
        if (hasNul(checked.getParameterMap())) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "api.error.nulCharacter");
            return;
        }
        chain.doFilter(checked, response);
    }

    private static boolean hasNul(Map<String, String[]> parameters) {
        return parameters.entrySet().stream().anyMatch(e -> e.getKey().indexOf(0) >= 0
                || Arrays.stream(e.getValue()).anyMatch(v -> v != null && v.indexOf(0) >= 0));
    }

    /** A raw NUL, or JSON's escape of one. */
    private static boolean hasNul(String json) {
        return json.indexOf(0) >= 0 || json.toLowerCase(Locale.ROOT).contains("\\u0000");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String key) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Messages.of(RequestLanguage.ofHead(request)).text(key));
    }

    /** The request with its body, already read, given again. */
    private static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a body read already is not read asynchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
