package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.koldoo.platform.web.DatabaseFaults;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the person back to the login page with the reason they can act on. A password that could
 * not be checked (the database out of reach, a fault of Koldoo's) is not called wrong: the person
 * would type it again and again, sure of a mistake they did not make.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login?" + reason(exception));
  }

  static String reason(AuthenticationException exception) {
    if (DatabaseFaults.unavailable(exception)) {
      return "unavailable";
    }
    return exception instanceof InternalAuthenticationServiceException
        ? "fault"
        : exception instanceof LockedException
            ? "locked"
            : exception instanceof DisabledException
                ? "disabled"
                : exception instanceof CredentialsExpiredException ? "temporaryExpired" : "error";
  }
}
