package vn.hungyen.xhht.system;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as an RFC 9457 problem detail whose {@code detail} is the message
 * {@code key} of the bundle (i18n/messages) in the request's language.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;

    public ApiException(HttpStatus status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    public static ApiException badRequest(String key, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, key, args);
    }

    public static ApiException notFound(String key, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, key, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
