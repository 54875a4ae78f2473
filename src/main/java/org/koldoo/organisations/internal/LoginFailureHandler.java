package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the person back to the login page with the reason they can act on. */
class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String reason =
        exception instanceof LockedException
            ? "locked"
            : exception instanceof DisabledException
                ? "disabled"
                : exception instanceof CredentialsExpiredException ? "temporaryExpired" : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + reason);
  }
}
