package org.koldoo.organisations.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OpenID Connect back-channel logout: the identity provider, having signed a person out (or been
 * told to end their sessions), ends that person's sessions in Koldoo on every instance. The logout
 * token reaches this handler only after Spring Security checked it against the provider's keys,
 * issuer, audience and logout event; here a token sent a second time, or issued long ago, is
 * refused with the specification's 400 and ends nothing.
 */
@Component
class ProviderBackChannelLogout implements LogoutHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ProviderBackChannelLogout.class);

  private final LogoutTokens tokens;
  private final ProviderSessions providerSessions;
  private final SessionTermination sessions;
  private final TransactionTemplate transactions;

  ProviderBackChannelLogout(
      LogoutTokens tokens,
      ProviderSessions providerSessions,
      SessionTermination sessions,
      TransactionTemplate transactions) {
    this.tokens = tokens;
    this.providerSessions = providerSessions;
    this.sessions = sessions;
    this.transactions = transactions;
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication == null
        || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
      return;
    }
    // one transaction: a token is recorded as taken only with the logout it asked for, so that the
    // provider's retry after a failure here ends the sessions rather than being refused
    Optional<String> refusal =
        transactions.execute(
            status -> {
              Optional<String> refused = tokens.refusal(token);
              if (refused.isEmpty()) {
                List<String> people = providerSessions.signedOut(token);
                people.forEach(sessions::endSessionsOf);
                if (people.isEmpty()) {
                  log.info(
                      "The identity provider's logout named nobody with a Koldoo account"
                          + " (no session ended)");
                }
              }
              return refused;
            });
    if (refusal != null && refusal.isPresent()) {
      log.warn("A logout token from the identity provider is refused: {}", refusal.get());
      refuse(response, refusal.get());
    }
  }

  /** The refusal as the specification asks it: 400, with an OAuth 2.0 error in JSON. */
  private static void refuse(HttpServletResponse response, String reason) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    try {
      new OAuth2ErrorHttpMessageConverter()
          .write(
              new OAuth2Error(
                  "invalid_request",
                  reason,
                  "https://openid.net/specs/openid-connect-backchannel-1_0.html#Validation"),
              MediaType.APPLICATION_JSON,
              new ServletServerHttpResponse(response));
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
