package org.koldoo.organisations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

/** Turns away login attempts from an address that has failed too often, before any checking. */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final ProblemResponses problems;
  private final LocaleResolver locales;

  LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems, LocaleResolver locales) {
    this.throttle = throttle;
    this.problems = problems;
    this.locales = locales;
  }

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  static {
    PATHS.setUrlDecode(true);
    PATHS.setRemoveSemicolonContent(true);
  }

  /**
   * Every request that could authenticate with a password is throttled, judged on the path as the
   * router sees it (percent-decoded, without {@code ;parameters}, repeated or trailing slashes, dot
   * segments or case differences), never on the raw URI a client can spell many ways.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return true;
    }
    String path = normalise(PATHS.getPathWithinApplication(request));
    return !(path.equals("/login")
        || path.startsWith("/api/v1/auth/token")
        || path.equals("/api/v1/auth/password"));
  }

  static String normalise(String decoded) {
    String path = org.springframework.util.StringUtils.cleanPath(decoded.replace('\\', '/'));
    path = path.replaceAll("/{2,}", "/").toLowerCase(java.util.Locale.ROOT);
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.startsWith("/") ? path : "/" + path;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long wait = throttle.secondsToWait(request.getRemoteAddr());
    if (wait == 0) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", Long.toString(wait));
    if (normalise(PATHS.getPathWithinApplication(request)).startsWith("/api/")) {
      problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "login.throttled",
          locales.resolveLocale(request));
    } else {
      response.sendRedirect(request.getContextPath() + "/login?throttled");
    }
  }
}
