package vn.hungyen.xhht.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.security.Permissions;
import vn.hungyen.xhht.system.ApiException;
import vn.hungyen.xhht.system.RequestLanguage;

/**
 * Errors of the pages as a page a clerk can read, in the page's language, never a stack trace. Ahead of the
 * API's problem details (ApiProblems), which answer everything outside this package.
 */
@ControllerAdvice(basePackages = "vn.hungyen.xhht.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final ZoneId zone;
    private final Permissions permissions;

    PageErrors(@Value(PageModel.ZONE) ZoneId zone, Permissions permissions) {
        this.zone = zone;
        this.permissions = permissions;
    }

    /** A refusal of the backend (unknown report, unreadable period, page out of range) says what was wrong. */
    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e, HttpServletRequest request) {
        Object[] args = Arrays.stream(e.args()).map(String::valueOf).toArray(); // no digit grouping of ids
        return page(e.status(), messages(request).text(e.key(), args), request);
    }

    /** A parameter of the wrong type, e.g. {@code ?severity=urgent} or a date that is not a date. */
    @ExceptionHandler({BindException.class, TypeMismatchException.class})
    ModelAndView badParameters(Exception e, HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, null, request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring) {
            return page(spring.getStatusCode(), null, request);
        }
        if (e instanceof MultipartException) {
            // a form body without its boundary, or broken: the sender's, not the server's fault
            return page(HttpStatus.BAD_REQUEST, null, request);
        }
        LOG.error("Internal error showing {}", request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null, request);
    }

    private ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request) {
        return ErrorPages.page(status, detail, request, zone, permissions);
    }

    private static Messages messages(HttpServletRequest request) {
        Language language = RequestLanguage.of(request);
        return Messages.of(language);
    }
}
