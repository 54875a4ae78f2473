package org.koldoo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * The page of this server a request was sent from (its Referer, when the Origin and the Referer are
 * both this server): the page a form was on, with the choices in its address.
 */
public final class SamePage {

  private SamePage() {}

  /**
   * The path within the application and the query of the page the request came from; empty when the
   * request does not say, or came from another site.
   */
  public static Optional<String> of(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String referer = request.getHeader("Referer");
    if (origin == null || referer == null) {
      return Optional.empty();
    }
    try {
      URI from = URI.create(origin);
      URI page = URI.create(referer);
      String here = request.getServerName();
      boolean ours =
          here.equalsIgnoreCase(from.getHost())
              && here.equalsIgnoreCase(page.getHost())
              && from.getPort() == page.getPort();
      String context = request.getContextPath();
      String path = page.getRawPath();
      // "//host/..." would be read as another site's address by a link or a redirect made of it
      if (!ours
          || path == null
          || !path.startsWith(context + "/")
          || path.startsWith(context + "//")) {
        return Optional.empty();
      }
      return Optional.of(
          path.substring(context.length())
              + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Where an error page's "back" leads: the page of this server the refused request came from (a
   * form's page, with its choices), when it is not the address that was refused itself.
   */
  public static Optional<String> backFrom(HttpServletRequest request) {
    String refused =
        request.getRequestURI().substring(request.getContextPath().length())
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return of(request).filter(page -> !page.equals(refused));
  }
}
