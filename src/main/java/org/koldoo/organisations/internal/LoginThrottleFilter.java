package org.koldoo.organisations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.equals("/login") || path.equals("/api/v1/auth/tokens"));
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
    if (request.getRequestURI().contains("/api/")) {
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
