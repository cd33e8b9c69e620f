package vn.hungyen.xhht.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.hungyen.xhht.message.Language;
import vn.hungyen.xhht.message.Messages;

/**
 * Every error of the API as an RFC 9457 problem detail, its {@code detail} one sentence in the request's
 * language; never a stack trace. Spring MVC's own errors (unknown path, wrong method, missing parameter...)
 * keep Spring's detail except where a clerk needs a clearer one (below). Being a
 * {@link ResponseEntityExceptionHandler}, it takes the place of Spring Boot's
 * {@code spring.mvc.problemdetails} handler; it has the lowest precedence, so the HTML pages may declare
 * their own advice. A request that wants a page ({@link ErrorAnswer}) is handed to the error page instead.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> refused(ApiException e, WebRequest request) {
        return problem(e, e.status(), text(request, e.key(), e.args()), request);
    }

    /** A multipart body that cannot be parsed (no boundary, a broken part): the client's fault, not a 500. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableUpload(MultipartException e, WebRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE,
                    request);
        }
        return problem(e, HttpStatus.BAD_REQUEST, text(request, "api.error.multipart"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("Internal error answering {}", request.getDescription(false), e);
        return problem(e, HttpStatus.INTERNAL_SERVER_ERROR, text(request, "api.error.internal"), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = e.getRequiredType();
        if (e instanceof MethodArgumentTypeMismatchException m && Collection.class.isAssignableFrom(m.getParameter()
                .getParameterType())) {
            type = ResolvableType.forMethodParameter(m.getParameter()).asCollection().resolveGeneric(0);
        }
        Object value = e.getValue() instanceof Object[] values ? String.join(",", Arrays.stream(values)
                .map(String::valueOf).toList()) : e.getValue();
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return problem(e, status, text(request, "api.error.parameter", name, value, expected(type, request)),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return problem(e, status, text(request, "api.error.noFile", e.getRequestPartName()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(e, status, text(request, "api.error.missingParameter", e.getParameterName()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(e, status, text(request, "api.error.tooLarge"), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return problem(e, status, text(request, "api.error.body"), request);
    }

    private ResponseEntity<Object> problem(Exception e, HttpStatusCode status, String detail, WebRequest request) {
        // the error page shows the same sentence, should the request want a page
        request.setAttribute(ErrorAnswer.DETAIL, detail, WebRequest.SCOPE_REQUEST);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(e, body, new HttpHeaders(), status, request);
    }

    /** Every answer of this class: a request that wants a page is handed to the error page instead. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && ErrorAnswer.wantsPage(servlet.getRequest())
                && servlet.getResponse() != null && !servlet.getResponse().isCommitted()) {
            try {
                servlet.getResponse().sendError(status.value());
                return null;
            } catch (IOException failed) {
                LOG.debug("Could not hand the error to the error page", failed);
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String expected(Class<?> type, WebRequest request) {
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return text(request, "api.expect.date");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return text(request, "api.expect.number");
        }
        return type == null ? "?" : type.getSimpleName();
    }

    /** Arguments are text already, so that MessageFormat never groups the digits of an id or a year. */
    private static String text(WebRequest request, String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return Messages.of(language(request)).text(key, texts);
    }

    private static Language language(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? RequestLanguage.of(servlet.getNativeRequest(HttpServletRequest.class)) : Language.VI;
    }
}
