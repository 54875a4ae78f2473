package org.koldoo.organisations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity provider's sessions behind Koldoo's single sign-ons, and the accounts a back-channel
 * logout from the provider names: by its subject, or by its session when the provider names only
 * that. Either way every session of that person ends, not only the one the provider named: when in
 * doubt, Koldoo signs out rather than keeps a session open.
 */
@Component
class ProviderSessions {

  /** How long the provider's session of a sign-on is kept when no logout comes for it. */
  static final Duration KEPT = Duration.ofDays(30);

  private static final int KEY_LENGTH = 600;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ProviderSessions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The provider's session of this sign-on, if its ID token names one. */
  @Transactional
  void remember(OidcUser user, UUID account) {
    Instant now = Instant.now(clock);
    jdbc.sql("delete from sso_provider_session where signed_in_at < :before")
        .param("before", Timestamp.from(now.minus(KEPT)))
        .update();
    String session = user.getIdToken() == null ? null : user.getIdToken().getClaimAsString("sid");
    if (session == null || session.isBlank() || user.getIssuer() == null) {
      return;
    }
    String key = key(user.getIssuer().toString(), session);
    if (key.length() > KEY_LENGTH) {
      return; // no provider names its sessions so: a logout by subject still finds the person
    }
    jdbc.sql(
            """
            insert into sso_provider_session (provider_session, user_account, signed_in_at)
            values (:s, :a, :now)
            on conflict (provider_session)
            do update set user_account = excluded.user_account, signed_in_at = excluded.signed_in_at
            """)
        .param("s", key)
        .param("a", account)
        .param("now", Timestamp.from(now))
        .update();
  }

  /**
   * The usernames whose sessions the provider's logout ends, each recorded in the audit trail; the
   * provider's sessions of those people are forgotten.
   */
  @Transactional
  List<String> signedOut(OidcLogoutToken token) {
    String issuer = String.valueOf(token.getIssuer());
    Set<UUID> accounts = new LinkedHashSet<>();
    if (token.getSubject() != null) {
      accounts.addAll(
          jdbc.sql("select id from user_account where external_subject = :s")
              .param("s", issuer + "|" + token.getSubject())
              .query(UUID.class)
              .list());
    }
    if (token.getSessionId() != null) {
      accounts.addAll(
          jdbc.sql("select user_account from sso_provider_session where provider_session = :s")
              .param("s", key(issuer, token.getSessionId()))
              .query(UUID.class)
              .list());
    }
    List<String> usernames = new ArrayList<>();
    for (UUID account : accounts) {
      jdbc.sql("delete from sso_provider_session where user_account = :a")
          .param("a", account)
          .update();
      Actor person =
          jdbc.sql("select username, organisation_id from user_account where id = :a")
              .param("a", account)
              .query((rs, n) -> new Actor(rs.getString(1), rs.getObject(2, UUID.class)))
              .single();
      audit.record(
          person,
          AuditRecord.of("LOGOUT_BY_PROVIDER", "user", account)
              .withDetails(token.getSessionId() == null ? "by subject" : "by provider session"));
      usernames.add(person.username());
    }
    return usernames;
  }

  private static String key(String issuer, String session) {
    return issuer + "|" + session;
  }
}
