package org.koldoo.organisations.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Logging out of Koldoo after a single sign-on also ends the provider's session (OpenID Connect
 * RP-initiated logout): the provider is sent the ID token of that sign-in and brings the browser
 * back to Koldoo's login page. The session holds Koldoo's own account, not the provider's token, so
 * the sign-in keeps the ID token beside it ({@link #remember}); a password sign-in logs out as
 * before. A provider without an end-session endpoint is left signed in, as before.
 */
final class ProviderLogout implements LogoutHandler, LogoutSuccessHandler {

  private static final String SIGN_IN = ProviderLogout.class.getName() + ".SIGN_IN";
  static final String LOGGED_OUT = "/login?logout";

  /** Which provider signed the session in, with the ID token it gave. */
  record ProviderSignIn(String registrationId, OidcIdToken idToken) implements Serializable {}

  private final OidcClientInitiatedLogoutSuccessHandler provider;
  private final SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();

  ProviderLogout(ClientRegistrationRepository registrations) {
    this.provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    this.provider.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
    this.provider.setDefaultTargetUrl(LOGGED_OUT);
    this.local.setDefaultTargetUrl(LOGGED_OUT);
  }

  /** At a single sign-on: the session remembers the provider's sign-in for the logout. */
  static void remember(HttpServletRequest request, Authentication signedInByProvider) {
    if (signedInByProvider instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcUser user) {
      request
          .getSession()
          .setAttribute(
              SIGN_IN,
              new ProviderSignIn(token.getAuthorizedClientRegistrationId(), user.getIdToken()));
    }
  }

  /** Before the session goes: keep its provider's sign-in for the answer. */
  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGN_IN) instanceof ProviderSignIn signIn) {
      request.setAttribute(SIGN_IN, signIn);
    }
  }

  @Override
  public void onLogoutSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (request.getAttribute(SIGN_IN) instanceof ProviderSignIn signIn) {
      provider.onLogoutSuccess(
          request,
          response,
          new OAuth2AuthenticationToken(
              new DefaultOidcUser(List.of(), signIn.idToken()),
              List.of(),
              signIn.registrationId()));
    } else {
      local.onLogoutSuccess(request, response, authentication);
    }
  }
}
