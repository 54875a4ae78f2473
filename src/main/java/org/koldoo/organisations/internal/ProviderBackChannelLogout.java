package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * OpenID Connect back-channel logout: the identity provider, having signed a person out (or been
 * told to end their sessions), ends that person's sessions in Koldoo on every instance. The logout
 * token reaches this handler only after Spring Security checked it against the provider's keys,
 * issuer, audience and logout event.
 */
final class ProviderBackChannelLogout implements LogoutHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ProviderBackChannelLogout.class);

  private final ProviderSessions providerSessions;
  private final SessionTermination sessions;

  ProviderBackChannelLogout(ProviderSessions providerSessions, SessionTermination sessions) {
    this.providerSessions = providerSessions;
    this.sessions = sessions;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication == null
        || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
      return;
    }
    List<String> people = providerSessions.signedOut(token);
    people.forEach(sessions::endSessionsOf);
    if (people.isEmpty()) {
      log.info(
          "The identity provider's logout named nobody with a Koldoo account (no session ended)");
    }
  }
}
