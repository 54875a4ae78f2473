package org.koldoo.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every API error is an RFC 9457 problem detail, its {@code detail} in the caller's language;
 * validation failures list each field with its reason. Input never reaches a 5xx: unreadable
 * bodies, refused characters and dates, and anything the database refuses are 4xx naming the field
 * where it is known. A lost database is a 503 the client may retry; only a real fault is a 500,
 * with an incident id that is also in the log.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MessageSource messages;

  ApiExceptionHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, text(e.messageKey(), e.arguments()));
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, text(e.messageKey(), e.arguments()));
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return problem;
  }

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return fieldProblem(HttpStatus.BAD_REQUEST, e.field(), text(e.messageKey(), e.arguments()));
  }

  /** A document expected as a multipart form came as something else (JSON, nothing at all). */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException e) {
    return fieldProblem(
        HttpStatus.BAD_REQUEST, "file", text("input.multipartRequired", new Object[0]));
  }

  /** A parameter the container could not decode (a stray % in the address or a form body). */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail unreadableParameters(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, text("input.unreadableParameters", new Object[0]));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, text("error.400", new Object[0]));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, text("api.forbidden", new Object[0]));
  }

  /** Two people changed the same record at once: the later one is told to reload, nothing lost. */
  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(
      org.springframework.dao.OptimisticLockingFailureException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(problem(HttpStatus.CONFLICT, text("input.concurrentChange", new Object[0])));
  }

  /** What the database refused, by its SQLSTATE; a database out of reach is a 503. */
  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<ProblemDetail> database(DataAccessException e) {
    String state = Causes.sqlState(e);
    String key =
        switch (state == null ? "" : state) {
          case "23503" -> "input.unknownReference";
          case "23505" -> "input.duplicate";
          case "22001" -> "input.tooLong";
          case "22003" -> "input.numberRange";
          case "22P02", "22021", "22007", "22008", "23502", "23514" -> "input.invalidValue";
          default -> null;
        };
    if (key == null) {
      return internal(e);
    }
    HttpStatus status = "23505".equals(state) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status).body(problem(status, text(key, new Object[0])));
  }

  /** Large files hold the memory budget: a 503, to send again after a while. */
  @ExceptionHandler(BusyException.class)
  ResponseEntity<ProblemDetail> busy(BusyException e) {
    return unavailable(text(e.messageKey(), e.arguments()), BusyException.RETRY_AFTER);
  }

  /** What this server was not given (a peer's privacy key): a 503, to retry on another. */
  @ExceptionHandler(NotConfigured.class)
  ResponseEntity<ProblemDetail> notConfigured(NotConfigured e) {
    log.error("This server cannot answer a request: {}", e.getMessage());
    return unavailable(text(e.messageKey(), e.arguments()), 5);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    return internal(e);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, text("error.validation", new Object[0]));
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                e ->
                    Map.of(
                        "field",
                        e.getField(),
                        "message",
                        messages.getMessage(e, LocaleContextHolder.getLocale())))
            .toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /** An unreadable body: the field and the rule when Jackson knows them, else "not JSON". */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (RequestLimitsFilter.tooLarge(ex)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(problem(HttpStatus.CONTENT_TOO_LARGE, text("input.tooLarge", new Object[0])));
    }
    JacksonException json = Causes.find(ex, JacksonException.class);
    String field = json == null ? null : field(json);
    String key = "input.malformedBody";
    if (json != null) {
      String original = json.getOriginalMessage();
      if (InputRules.CONTROL_CHARACTER.equals(original)) {
        key = InputRules.CONTROL_CHARACTER;
      } else if (InputRules.DATE_RANGE.equals(original)) {
        key = InputRules.DATE_RANGE;
      } else if (field != null) {
        key = "input.invalidValue";
      }
    }
    return ResponseEntity.badRequest()
        .body(fieldProblem(HttpStatus.BAD_REQUEST, field, text(key, new Object[0])));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(problem(HttpStatus.CONTENT_TOO_LARGE, text("input.tooLarge", new Object[0])));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            fieldProblem(
                HttpStatus.BAD_REQUEST,
                ex.getParameterName(),
                text("input.missingParameter", new Object[] {ex.getParameterName()})));
  }

  /** A query or path parameter that is not of its type, or breaks a rule of {@link InputRules}. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
    String message = String.valueOf(ex.getMostSpecificCause().getMessage());
    String key =
        message.contains(InputRules.CONTROL_CHARACTER)
            ? InputRules.CONTROL_CHARACTER
            : message.contains(InputRules.DATE_RANGE)
                ? InputRules.DATE_RANGE
                : "input.invalidParameter";
    return ResponseEntity.badRequest()
        .body(fieldProblem(HttpStatus.BAD_REQUEST, name, text(key, new Object[] {name})));
  }

  /** Spring's own answers (405, 406, 415 …) keep their status, with a detail in the language. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem && !problem.getProperties().containsKey("errors")) {
      String key = "api.status." + status.value();
      String localized = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
      if (localized != null) {
        problem.setDetail(localized);
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  /** A 503 the client may retry (on another server, behind a load balancer). */
  private ResponseEntity<ProblemDetail> unavailable(String detail, int retryAfterSeconds) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, detail));
  }

  /** A fault of ours: a 500 with an incident id, logged; unless the database is out of reach. */
  private ResponseEntity<ProblemDetail> internal(Exception e) {
    if (DatabaseFaults.unavailable(e)) {
      return unavailable(text("error.unavailable", new Object[0]), 5);
    }
    String incident = UUID.randomUUID().toString();
    log.error("Unexpected error, incident {}", incident, e);
    ProblemDetail problem =
        problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.500", new Object[0]));
    problem.setProperty("incident", incident);
    return ResponseEntity.internalServerError().body(problem);
  }

  private static String field(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  private ProblemDetail fieldProblem(HttpStatus status, String field, String message) {
    ProblemDetail problem = problem(status, message);
    if (field != null) {
      problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    }
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private String text(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
