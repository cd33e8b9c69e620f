package vn.hungyen.xhht.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Whether an error is answered with the application's error page or with the API's problem details. A page, and
 * a browser that opens an API address (an export or a template download from a page's link), get the page; API
 * clients, which do not ask for HTML, get RFC 9457 problem JSON.
 */
public final class ErrorAnswer {

    /** The request attribute with the sentence the error page shows, in the request's language. */
    public static final String DETAIL = "xhht.error.detail";

    private ErrorAnswer() {
    }

    public static boolean wantsPage(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (failed instanceof String uri ? uri : request.getRequestURI())
                .substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Hands the error to the error page ({@code /error}), with the sentence it shows. */
    public static void toPage(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (detail != null) {
            request.setAttribute(DETAIL, detail);
        }
        response.sendError(status);
    }
}
