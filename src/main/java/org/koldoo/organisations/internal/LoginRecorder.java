package org.koldoo.organisations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every login, counts failures per account (locking it after too many in a row) and per
 * address (throttling), and clears the count on success.
 */
@Component
class LoginRecorder {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final LoginThrottle throttle;
  private final SecurityProperties properties;
  private final Clock clock;
  private final ApiTokenService tokens;

  LoginRecorder(
      JdbcClient jdbc,
      AuditTrail audit,
      LoginThrottle throttle,
      SecurityProperties properties,
      Clock clock,
      ApiTokenService tokens) {
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.audit = audit;
    this.throttle = throttle;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void succeeded(AuthenticationSuccessEvent event) {
    Authentication authentication = event.getAuthentication();
    if (!(authentication.getPrincipal() instanceof KoldooPrincipal principal)) {
      return;
    }
    jdbc.sql(
            """
                update user_account set failed_logins = 0, locked_until = null, last_login_at = :now
                where id = :id
                """)
        .param("now", Timestamp.from(Instant.now(clock)))
        .param("id", principal.id())
        .update();
    // the address throttle is not reset by a success: one valid account must not let an
    // address go on guessing the passwords of others
    LoginDetails details = details(authentication);
    audit.record(
        principal.actor(),
        AuditRecord.of("LOGIN_SUCCEEDED", "user", principal.id())
            .withDetails("channel=" + details.channel()));
  }

  @EventListener
  @Transactional
  public void failed(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    String username = attempt.getName() == null ? "" : attempt.getName().strip();
    LoginDetails details = details(attempt);
    throttle.recordFailure(details.remoteAddress());
    Instant now = Instant.now(clock);
    var locked =
        jdbc.sql(
                """
                update user_account
                   set failed_logins = failed_logins + 1,
                       locked_until = case when failed_logins + 1 >= :max then :until
                                           else locked_until end
                 where lower(username) = lower(:username)
                   and (locked_until is null or locked_until <= :now)
                returning id, organisation_id, failed_logins >= :max as locked
                """)
            .param("max", properties.maxFailedLogins())
            .param("until", Timestamp.from(now.plus(properties.lockoutDuration())))
            .param("username", username)
            .param("now", Timestamp.from(now))
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getObject(1, java.util.UUID.class),
                      rs.getObject(2, java.util.UUID.class),
                      rs.getBoolean(3)
                    })
            .optional();
    String reason = event.getException().getClass().getSimpleName();
    Actor actor =
        new Actor(
            username.isEmpty() ? "anonymous" : username,
            locked.map(r -> (java.util.UUID) r[1]).orElse(null));
    audit.record(
        actor,
        AuditRecord.of("LOGIN_FAILED", "user", locked.map(r -> r[0]).orElse(null))
            .withDetails(
                "channel="
                    + details.channel()
                    + " reason="
                    + reason
                    + " from="
                    + details.remoteAddress()));
    if (locked.isPresent() && (Boolean) locked.get()[2]) {
      // a locked account's tokens stop working at once
      tokens.forgetAll();
      audit.record(
          actor,
          AuditRecord.of("ACCOUNT_LOCKED", "user", locked.get()[0])
              .withDetails("until=" + now.plus(properties.lockoutDuration())));
    }
  }

  private static LoginDetails details(Authentication authentication) {
    return authentication.getDetails() instanceof LoginDetails d
        ? d
        : new LoginDetails(null, "web");
  }
}
