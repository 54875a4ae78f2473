package org.koldoo.organisations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's logout tokens Koldoo has acted on, so that one sent again (replayed by whoever
 * caught it) is refused, as OpenID Connect Back-Channel Logout 1.0 (section 2.6) lets a relying
 * party do. A token is taken within a day of its issue only, and its id is kept for as long: an
 * older token is refused as stale, so no token can come back once its id is forgotten. The check
 * and the record are one insert, so two instances receiving the same token act on it once.
 */
@Component
class LogoutTokens {

  /** How long after its issue a logout token is taken; its id is kept as long. */
  static final Duration FRESH = Duration.ofDays(1);

  /** How far ahead of this server's clock the provider's clock may be. */
  static final Duration SKEW = Duration.ofMinutes(5);

  private static final int KEY_LENGTH = 600;

  private final JdbcClient jdbc;
  private final Clock clock;

  LogoutTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Why this token is refused, or nothing when it is taken: it is then recorded, and refused if
   * sent again.
   */
  @Transactional
  Optional<String> refusal(OidcLogoutToken token) {
    Instant now = Instant.now(clock);
    Instant issued = token.getIssuedAt();
    if (issued == null || issued.isBefore(now.minus(FRESH))) {
      return Optional.of("the logout token was issued more than a day ago");
    }
    if (issued.isAfter(now.plus(SKEW))) {
      return Optional.of("the logout token is issued in the future");
    }
    String key = token.getIssuer() + "|" + token.getId();
    if (token.getId() == null || key.length() > KEY_LENGTH) {
      return Optional.of("the logout token's jti is missing or too long");
    }
    jdbc.sql("delete from sso_logout_token where received_at < :before")
        .param("before", Timestamp.from(now.minus(FRESH).minus(SKEW)))
        .update();
    int taken =
        jdbc.sql(
                """
                insert into sso_logout_token (token_key, received_at) values (:k, :now)
                on conflict (token_key) do nothing
                """)
            .param("k", key)
            .param("now", Timestamp.from(now))
            .update();
    return taken == 1 ? Optional.empty() : Optional.of("the logout token was already received");
  }
}
