package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors raised while serving pages become the error page in the reader's language. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PageExceptionHandler.class);

  private final org.springframework.context.MessageSource messages;

  PageExceptionHandler(org.springframework.context.MessageSource messages) {
    this.messages = messages;
  }

  /**
   * What the database refused on a page: the error page with "bad request", never a 500; a database
   * out of reach is a 503.
   */
  @ExceptionHandler(org.springframework.dao.DataAccessException.class)
  ModelAndView database(org.springframework.dao.DataAccessException e) {
    if (DatabaseFaults.unavailable(e)) {
      ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
      page.addObject("status", 503);
      return page;
    }
    String state = Causes.sqlState(e);
    if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
      throw e;
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
    page.addObject("status", 400);
    return page;
  }

  /** Two people changed the same record at once: the later one is asked to reload. */
  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ModelAndView concurrent(org.springframework.dao.OptimisticLockingFailureException e) {
    ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
    page.addObject("status", 409);
    page.addObject("messageKey", "input.concurrentChange");
    page.addObject("messageArguments", new Object[0]);
    return page;
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return saying(HttpStatus.NOT_FOUND, e);
  }

  /**
   * A value a page cannot use that no form took back (a period that ends before it begins, a
   * language Koldoo does not speak): the error page saying which, as a bad request, never a 500.
   */
  @ExceptionHandler(InvalidInput.class)
  ModelAndView invalid(InvalidInput e) {
    return saying(HttpStatus.BAD_REQUEST, e);
  }

  /**
   * What the record's state refused that no form took back (an import already being written, a step
   * the case no longer allows): the error page saying which, as a conflict, never a 500.
   */
  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return saying(HttpStatus.CONFLICT, e);
  }

  /** Large files hold the memory budget: the error page saying so, a 503. */
  @ExceptionHandler(BusyException.class)
  ModelAndView busy(BusyException e) {
    return saying(HttpStatus.SERVICE_UNAVAILABLE, e);
  }

  /** What this server was not given (a peer's privacy key): the error page saying which, a 503. */
  @ExceptionHandler(NotConfigured.class)
  ModelAndView notConfigured(NotConfigured e) {
    log.error("This server cannot answer a request: {}", e.getMessage());
    return saying(HttpStatus.SERVICE_UNAVAILABLE, e.messageKey(), e.arguments());
  }

  /** A document form that came as something else than a multipart form: a bad request. */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  ModelAndView notMultipart(org.springframework.web.multipart.MultipartException e) {
    return saying(HttpStatus.BAD_REQUEST, "input.multipartRequired", new Object[0]);
  }

  /** A parameter the container could not decode (a stray % in the address or a form body). */
  @ExceptionHandler(InvalidParameterException.class)
  ModelAndView unreadableParameters(InvalidParameterException e) {
    return saying(HttpStatus.BAD_REQUEST, "input.unreadableParameters", new Object[0]);
  }

  /** The error page with this status, saying what the exception says, in the reader's language. */
  private static ModelAndView saying(HttpStatus status, MessageException e) {
    return saying(status, e.messageKey(), e.arguments());
  }

  private static ModelAndView saying(HttpStatus status, String messageKey, Object[] arguments) {
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("messageKey", messageKey);
    page.addObject("messageArguments", arguments);
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes current) {
      page.addObject("backTo", SamePage.backFrom(current.getRequest()).orElse(null));
    }
    return page;
  }

  /**
   * Unknown URLs: a problem detail under /api, the error page elsewhere. Only {@link StaticFiles}'
   * prefixes are files, so an unknown address elsewhere has no handler at all.
   */
  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  Object noResource(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.NOT_FOUND,
                  messages.getMessage(
                      "api.status.404",
                      null,
                      org.springframework.context.i18n.LocaleContextHolder.getLocale())));
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", 404);
    return page;
  }
}
