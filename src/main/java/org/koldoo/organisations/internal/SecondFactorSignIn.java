package org.koldoo.organisations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.koldoo.platform.web.Navigation;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a web sign-in. After the password, a person with a second factor is held at
 * the code page, and a person whose roles require one (and who has none yet) at its set-up page:
 * the session can reach nothing else until the step is done. Only then does the sign-in go on to
 * the page first asked for.
 */
final class SecondFactorSignIn implements AuthenticationSuccessHandler {

  static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
  static final String ATTEMPTS = SecondFactorSignIn.class.getName() + ".ATTEMPTS";
  static final String CODE = "code";
  static final String SETUP = "setup";
  static final String CODE_PAGE = "/account/two-factor/code";
  static final String SETUP_PAGE = "/account/two-factor";

  private final SecondFactors factors;
  private final AuthenticationSuccessHandler then;

  SecondFactorSignIn(SecondFactors factors, AuthenticationSuccessHandler then) {
    this.factors = factors;
    this.then = then;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (authentication.getPrincipal() instanceof KoldooPrincipal person) {
      SecondFactors.Status status = factors.status(person.id());
      String step =
          status == SecondFactors.Status.ACTIVE ? CODE : factors.required(person) ? SETUP : null;
      if (step != null) {
        HttpSession session = request.getSession(true);
        session.setAttribute(PENDING, step);
        session.removeAttribute(ATTEMPTS);
        response.sendRedirect(
            request.getContextPath() + (step.equals(CODE) ? CODE_PAGE : SETUP_PAGE));
        return;
      }
    }
    then.onAuthenticationSuccess(request, response, authentication);
  }

  /** The step is done: the sign-in goes on where it was going. */
  void passed(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PENDING);
      session.removeAttribute(ATTEMPTS);
      // the session now opens more than it did: a new id, as after the password
      request.changeSessionId();
    }
    then.onAuthenticationSuccess(
        request, response, SecurityContextHolder.getContext().getAuthentication());
  }

  /** What a session is still held at, if anything. */
  static String pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (String) session.getAttribute(PENDING);
  }

  /** Holds a session at its step: every other address leads back to it. */
  static final class Hold extends OncePerRequestFilter {

    private static final List<String> ALWAYS =
        List.of("/logout", "/error", "/webjars/", "/css/", "/js/", "/img/", "/favicon.ico");

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String step = pending(request);
      if (step != null) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed =
            ALWAYS.stream().anyMatch(path::startsWith)
                || (step.equals(CODE)
                    ? path.equals(CODE_PAGE)
                    : path.equals(SETUP_PAGE)
                        || path.startsWith(SETUP_PAGE + "/setup")
                        || path.startsWith(SETUP_PAGE + "/confirm")
                        || path.startsWith(SETUP_PAGE + "/continue")
                        || path.equals(PasswordChangeRequiredFilter.CHANGE_PAGE));
        if (!allowed) {
          String target = request.getContextPath() + (step.equals(CODE) ? CODE_PAGE : SETUP_PAGE);
          if (ExpiredSessionHandling.htmx(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", target);
          } else {
            response.sendRedirect(target);
          }
          return;
        }
        Navigation.signInUnfinished(request);
      }
      chain.doFilter(request, response);
    }
  }
}
