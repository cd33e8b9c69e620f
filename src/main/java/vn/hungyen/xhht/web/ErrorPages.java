package vn.hungyen.xhht.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.hungyen.xhht.message.Messages;
import vn.hungyen.xhht.security.Permissions;
import vn.hungyen.xhht.system.ErrorAnswer;
import vn.hungyen.xhht.system.RequestLanguage;

/**
 * The one error page, in the application's layout and the reader's language, for every error the servlet
 * container sends here: a refusal of the security filters (403), an unknown address (404), a wrong method (405),
 * an upload too large (413), a failure (500). It takes the place of Spring Boot's "Whitelabel" page. API clients
 * get problem details instead ({@link ErrorAnswer}); {@code /error} opened by itself is a page that does not
 * exist (404), never a failure.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ZoneId zone;
    private final Permissions permissions;

    ErrorPages(@Value(PageModel.ZONE) ZoneId zone, Permissions permissions) {
        this.zone = zone;
        this.permissions = permissions;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        Object given = request.getAttribute(ErrorAnswer.DETAIL);
        String detail = given instanceof String text ? text : null;
        if (!ErrorAnswer.wantsPage(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail != null ? detail
                    : Messages.of(RequestLanguage.of(request)).text(status.value() == 403 ? "api.error.forbidden"
                    : status.is5xxServerError() ? "api.error.internal" : "api.error.notFound"));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return page(status, detail, request, zone, permissions);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.NOT_FOUND;
    }

    /** The error page's view, for this controller and for the pages' exception handlers ({@link PageErrors}). */
    static ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request, ZoneId zone,
                             Permissions permissions) {
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("status", status.value());
        page.addObject("kind", kind(status));
        page.addObject("detail", detail);
        // the model attributes of the advice are not made for an exception handler's view
        page.addObject("here", Here.of(request));
        page.addObject("fmt", PageModel.formats(RequestLanguage.of(request), zone));
        page.addObject("may", permissions.of(SecurityContextHolder.getContext().getAuthentication()));
        return page;
    }

    /** Which explanation the page gives: the bundle has one for each status a person meets, one for the rest. */
    private static String kind(HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return "500";
        }
        return switch (status.value()) {
            case 400, 403, 404, 405, 413 -> String.valueOf(status.value());
            default -> "other";
        };
    }
}
