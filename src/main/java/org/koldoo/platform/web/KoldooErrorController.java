package org.koldoo.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that arise outside the controllers (in a filter, in the container): a problem detail in
 * the caller's language for the API and for clients that do not read HTML, the error page
 * otherwise. A database out of reach is a 503 either way.
 */
@Controller
@RequestMapping("/error")
class KoldooErrorController implements ErrorController {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(KoldooErrorController.class);

  private final MessageSource messages;

  KoldooErrorController(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping
  Object error(HttpServletRequest request, Locale locale) {
    NotConfigured missing = notConfigured(request);
    HttpStatus status = missing != null ? HttpStatus.SERVICE_UNAVAILABLE : status(request);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    boolean api =
        uri != null && uri.startsWith(request.getContextPath() + "/api/")
            || accept == null
            || !accept.contains(MediaType.TEXT_HTML_VALUE);
    if (api) {
      String told = (String) request.getAttribute(ErrorTexts.MESSAGE_KEY);
      String detail =
          missing != null
              ? messages.getMessage(missing.messageKey(), missing.arguments(), locale)
              : told != null
                  ? messages.getMessage(told, null, locale)
                  : ErrorTexts.detail(messages, status.value(), locale);
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setType(URI.create("about:blank"));
      try {
        if (uri != null) {
          problem.setInstance(URI.create(uri)); // what was asked, not the error page
        }
      } catch (IllegalArgumentException e) {
        // an address that is not a URI stays out of the answer
      }
      var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
      if (status == HttpStatus.SERVICE_UNAVAILABLE) {
        response.header(HttpHeaders.RETRY_AFTER, "5");
      }
      return response.body(problem);
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      // the session may be what could not be read (a peer's key, the database away): the page
      // asks nothing of it, so no form token, which lives in the session
      request.removeAttribute("_csrf");
      request.removeAttribute(CsrfToken.class.getName());
    }
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("backTo", SamePage.backFrom(request).orElse(null));
    if (missing != null) {
      page.addObject("messageKey", missing.messageKey());
      page.addObject("messageArguments", missing.arguments());
    } else if (request.getAttribute(ErrorTexts.MESSAGE_KEY) instanceof String told) {
      page.addObject("messageKey", told);
      page.addObject("messageArguments", new Object[0]);
    }
    return page;
  }

  /**
   * What this server was not given, if that is why a filter failed (a session sealed by a peer with
   * a key this server lacks): told, and logged for the administrator, as in a controller.
   */
  private static NotConfigured notConfigured(HttpServletRequest request) {
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    NotConfigured missing =
        exception instanceof Throwable e ? Causes.find(e, NotConfigured.class) : null;
    if (missing != null) {
      log.error("This server cannot answer a request: {}", missing.getMessage());
    }
    return missing;
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (exception instanceof Throwable t && DatabaseFaults.unavailable(t)) {
      return HttpStatus.SERVICE_UNAVAILABLE;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i ? HttpStatus.resolve(i) : HttpStatus.INTERNAL_SERVER_ERROR;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
