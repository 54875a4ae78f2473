package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors raised while serving pages become the error page in the reader's language. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", 404);
    page.addObject("messageKey", e.messageKey());
    page.addObject("messageArguments", e.arguments());
    return page;
  }

  /** Unknown URLs: a problem detail under /api, the error page elsewhere. */
  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(NoResourceFoundException e, HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource"));
    }
    ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
    page.addObject("status", 404);
    return page;
  }
}
