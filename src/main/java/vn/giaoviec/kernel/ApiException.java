package vn.giaoviec.kernel;

import java.util.List;

import org.springframework.http.HttpStatus;

/** An API error with its status and the details a caller needs to fix the request. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<String> details;

    private final String error;

    public ApiException(HttpStatus status, String error, List<String> details) {
        // the full message reaches Tasklist users, who see no details list
        super(details.isEmpty() ? error : error + ": " + String.join("; ", details));
        this.status = status;
        this.error = error;
        this.details = List.copyOf(details);
    }

    /** The short error, without details. */
    public String error() {
        return error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message, List.of());
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message, List.of());
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, List.of());
    }

    public static ApiException unprocessable(String message, List<String> details) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, details);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}
