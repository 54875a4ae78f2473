package org.koldoo.organisations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.koldoo.platform.web.Navigation;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person holding a one-time password (first administrator, new account, reset) can do nothing but
 * choose their own password.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

  static final String CHANGE_PAGE = "/account/password";
  private static final List<String> ALLOWED =
      List.of(
          CHANGE_PAGE,
          SecondFactorSignIn.SETUP_PAGE,
          "/logout",
          "/error",
          "/webjars/",
          "/css/",
          "/js/",
          "/img/");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (authentication != null
        && authentication.getPrincipal() instanceof KoldooPrincipal principal
        && principal.mustChangePassword()) {
      if (ALLOWED.stream().noneMatch(path::startsWith)) {
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        return;
      }
      Navigation.signInUnfinished(request);
    }
    chain.doFilter(request, response);
  }
}
