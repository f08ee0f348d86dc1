package it.zona.shared.web;

import it.zona.shared.DomainException;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.shared.VersionRequiredException;
import it.zona.shared.web.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API becomes an {@code application/problem+json} answer in the request's
 * language. Nothing internal leaks: unexpected errors are logged with an id that the answer quotes.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final JsonErrors jsonErrors;

    public ApiExceptionHandler(Problems problems, JsonErrors jsonErrors) {
        this.problems = problems;
        this.jsonErrors = jsonErrors;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return respond(problems.of(HttpStatus.NOT_FOUND, "not-found", e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException e) {
        HttpStatus status = e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem =
                problems.of(status, e.isConflict() ? "conflict" : "rule-violation", e.messageKey(), e.arguments());
        return respond(withField(problem, e));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e, NativeWebRequest request) {
        // A client that used If-Match gets the HTTP answer for a failed precondition.
        boolean usedIfMatch = request.getHeader(HttpHeaders.IF_MATCH) != null;
        HttpStatus status = usedIfMatch ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        ProblemDetail problem = problems.of(status, "stale-version", e.messageKey(), e.arguments());
        problem.setProperty("currentVersion", e.currentVersion());
        return respond(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return respond(problems.of(HttpStatus.CONFLICT, "stale-version", "error.concurrentUpdate"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        // The domain checks first; this only answers a race between two requests.
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(problems.of(HttpStatus.CONFLICT, "conflict", "error.dataConflict"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return respond(problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return respond(problems.of(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem =
                problems.of(HttpStatus.BAD_REQUEST, "bad-request", "error.badParameter", e.getName(), e.getValue());
        return respond(problems.withErrors(problem, List.of(new FieldProblem(e.getName(), problem.getDetail()))));
    }

    @ExceptionHandler(Paging.BadPagingException.class)
    ResponseEntity<Object> badPaging(Paging.BadPagingException e) {
        ProblemDetail problem =
                problems.of(HttpStatus.BAD_REQUEST, "bad-request", "error.paging", e.name, e.value, e.max);
        return respond(problems.withErrors(problem, List.of(new FieldProblem(e.name, problem.getDetail()))));
    }

    @ExceptionHandler(RoundTrip.MismatchedIdException.class)
    ResponseEntity<Object> mismatchedId(RoundTrip.MismatchedIdException e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", "error.json.idMismatch");
        return respond(problems.withErrors(problem, List.of(new FieldProblem("id", problem.getDetail()))));
    }

    @ExceptionHandler(VersionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(VersionRequiredException e) {
        return respond(
                problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "error.preconditionRequired"));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
        return respond(problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLarge", e.limit()));
    }

    /**
     * A header the security firewall refuses when it is read (a control character in its value):
     * the client's request is malformed, not the server broken.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return respond(problems.of(HttpStatus.BAD_REQUEST, "bad-request", "error.http.400"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", id));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(null, error.getDefaultMessage())));
        return respond(
                problems.withErrors(problems.of(HttpStatus.BAD_REQUEST, "validation", "error.validation"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return respond(
                problems.withErrors(problems.of(HttpStatus.BAD_REQUEST, "validation", "error.validation"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (PayloadTooLargeException.causeOf(e) instanceof PayloadTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        return respond(jsonErrors.describe(e));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(
                problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.uploadTooLarge", e.getMaxUploadSize()));
    }

    /** The remaining framework errors (405, 406, 415, 404 on unknown paths...) keep their status, in our words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus httpStatus = HttpStatus.valueOf(status.value());
        ProblemDetail problem = problems.of(httpStatus, "http-" + status.value(), "error.http." + status.value());
        // The headers given may be read-only: the answer gets its own, keeping Allow for a 405.
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        return ResponseEntity.status(status).headers(answer).body(problem);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private ProblemDetail withField(ProblemDetail problem, DomainException e) {
        return e.field() == null
                ? problem
                : problems.withErrors(problem, List.of(new FieldProblem(e.field(), problem.getDetail())));
    }
}
