package org.koldoo.organisations.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A refused web request. A form sent after the person's session ended goes to the login page and is
 * given back after it ({@link ExpiredSessionHandling}). A logged-in person refused an address: 403
 * where a screen of Koldoo answers it (the person lacks the role), 404 where nothing does (a
 * mistyped address). Nothing is opened either way: the access rules have already refused; this only
 * says which refusal it is. Only the application's own controllers count as answering, so an
 * operator endpoint outside the screens stays "not found".
 */
final class UnknownAddressDenial implements AccessDeniedHandler {

  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
  private final Supplier<HandlerMapping> controllers;

  UnknownAddressDenial(Supplier<HandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (ExpiredSessionHandling.endedSession(denied)) {
      // a form of a session that has ended: kept for after the login, never a bare 403
      ExpiredSessionHandling.keepForm(request);
      ExpiredSessionHandling.toLogin(request, response);
    } else if (answered(request)) {
      forbidden.handle(request, response, denied);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** Whether a controller answers the address (under any method); leaves the request as it was. */
  private boolean answered(HttpServletRequest request) {
    Set<String> before = new HashSet<>(Collections.list(request.getAttributeNames()));
    try {
      ServletRequestPathUtils.parseAndCache(request);
      return controllers.get().getHandler(request) != null;
    } catch (Exception e) {
      // the address is a controller's under another method or media type
      return true;
    } finally {
      for (String name : Collections.list(request.getAttributeNames())) {
        if (!before.contains(name)) {
          request.removeAttribute(name);
        }
      }
    }
  }
}
