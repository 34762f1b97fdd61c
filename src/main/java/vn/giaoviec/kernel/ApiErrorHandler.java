package vn.giaoviec.kernel;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Errors as DESIGN §5 shapes them: {@code {"error": "...", "details": [...]}}. */
// for every Spring MVC request, also those no handler of ours accepted (a wrong content type, an unknown path)
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    ApiErrorHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                    @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    record ApiError(String error, List<String> details) {
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(new ApiError(e.error(), e.details()));
    }

    /** The body is not JSON, or a field has the wrong type: the answer names the field and what was wrong with it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        String first = cause == null ? e.getMessage() : cause.lines().findFirst().orElse(cause);
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Object value = mapping instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            String shown = value == null ? null : value.toString().length() <= 60 ? value.toString()
                    : value.toString().substring(0, 59) + "…";
            first = "field " + field + (shown == null ? "" : " (" + shown + ")") + ": "
                    + (first.length() <= 300 ? first : first.substring(0, 299) + "…");
        }
        return ResponseEntity.badRequest().body(new ApiError("malformed request body", List.of(first)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError("bad request parameter", List.of(e.getMessage())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError("unsupported content type", List.of(e.getMessage())));
    }

    /** Larger than the servlet container takes (spring.servlet.multipart.*), before our own limits are asked. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("the upload is too large",
                List.of("each file may weigh at most " + maxFileSize.toMegabytes() + " MB, one request at most "
                        + maxRequestSize.toMegabytes() + " MB")));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> badMultipart(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError("malformed multipart request", List.of(e.getMessage())));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(new ApiError(e.getMessage(), List.of()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not found: /" + e.getResourcePath(), List.of()));
    }

    /** Two registrations of one number that passed the check together: the unique key decides. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ApiError> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(
                "a directive with this issuer, number and year is already registered", List.of()));
    }

    /** A rule broken inside a task listener reaches us wrapped by the engine. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api(api);
            }
        }
        log.error("Engine failure", e);
        return ResponseEntity.internalServerError().body(new ApiError("internal error: " + e.getMessage(), List.of()));
    }
}
