package org.koldoo.organisations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's second factors: setting one up (a secret shown once, confirmed by a first code, then ten
 * recovery codes shown once), checking a code at sign-in, and an administrator's reset. The secret
 * is sealed like an identity; every step is in the audit trail.
 */
@Service
class SecondFactors {

  /** Where a person stands: no second factor, one being set up, or one in use. */
  enum Status {
    NONE,
    PENDING,
    ACTIVE
  }

  /** A secret being set up: for the app (as text and as an otpauth address). */
  record Enrolment(String secret, String uri) {}

  static final int RECOVERY_CODES = RecoveryCodes.COUNT;

  /** Wrong codes in a row, over any number of sign-ins, after which codes are refused a while. */
  static final int BLOCK_AFTER = 10;

  static final java.time.Duration BLOCK_FOR = java.time.Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final TwoFactorProperties properties;
  private final Clock clock;
  private final RecoveryCodes recovery;

  SecondFactors(
      RecoveryCodes recovery,
      JdbcClient jdbc,
      FieldCipher cipher,
      AuditTrail audit,
      TwoFactorProperties properties,
      Clock clock) {
    this.recovery = recovery;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  Status status(UUID user) {
    return jdbc.sql(
            "select confirmed_at is not null from user_second_factor where user_account = :u")
        .param("u", user)
        .query(Boolean.class)
        .optional()
        .map(active -> active ? Status.ACTIVE : Status.PENDING)
        .orElse(Status.NONE);
  }

  /** Whether a sign-in of this person needs a code, or a second factor set up first. */
  boolean required(KoldooPrincipal person) {
    return !person.apiClient() && properties.requiredFor(person.roles());
  }

  /**
   * A new secret for the person (a new phone replaces the old one: its codes stop at once), to be
   * confirmed with a first code.
   */
  @Transactional
  Enrolment begin(KoldooPrincipal person) {
    byte[] secret = Totp.newSecret();
    byte[] sealed = cipher.seal(secret, context(person.id()));
    if (status(person.id()) == Status.ACTIVE) {
      // a new phone: its secret waits beside the one in use until its first code is right
      jdbc.sql("update user_second_factor set pending_ciphertext = :s where user_account = :u")
          .param("s", sealed)
          .param("u", person.id())
          .update();
    } else {
      jdbc.sql(
              """
              insert into user_second_factor (user_account, secret_ciphertext, created_at)
              values (:u, :s, :now)
              on conflict (user_account) do update
                set secret_ciphertext = excluded.secret_ciphertext, confirmed_at = null,
                    pending_ciphertext = null, last_step = 0, created_at = excluded.created_at
              """)
          .param("u", person.id())
          .param("s", sealed)
          .param("now", java.sql.Timestamp.from(Instant.now(clock)))
          .update();
    }
    return new Enrolment(
        Totp.base32(secret), Totp.uri(properties.issuer(), person.getUsername(), secret));
  }

  /** The secret being set up, again (after a wrong first code). */
  Optional<Enrolment> pending(KoldooPrincipal person) {
    return waiting(person.id())
        .map(
            secret ->
                new Enrolment(
                    Totp.base32(secret),
                    Totp.uri(properties.issuer(), person.getUsername(), secret)));
  }

  /**
   * Confirms the secret being set up with a first code from the app; the recovery codes, shown this
   * once, or empty when the code was not right.
   */
  @Transactional
  List<String> confirm(KoldooPrincipal person, String code) {
    Optional<byte[]> secret = waiting(person.id());
    if (secret.isEmpty()) {
      return List.of();
    }
    OptionalLong step = Totp.verify(secret.get(), code, Instant.now(clock), 0);
    if (step.isEmpty()) {
      return List.of();
    }
    boolean newPhone = status(person.id()) == Status.ACTIVE;
    jdbc.sql(
            """
            update user_second_factor set
              secret_ciphertext = coalesce(pending_ciphertext, secret_ciphertext),
              pending_ciphertext = null, confirmed_at = :now, last_step = :step,
              failed_codes = 0, blocked_until = null
            where user_account = :u
            """)
        .param("u", person.id())
        .param("now", java.sql.Timestamp.from(Instant.now(clock)))
        .param("step", step.getAsLong())
        .update();
    List<String> codes = recovery.issue(person.id());
    audit.record(
        AuditRecord.of("TWO_FACTOR_ENABLED", "user", person.id())
            .withDetails((newPhone ? "new phone, " : "") + "username=" + person.getUsername()));
    return codes;
  }

  /**
   * Checks a sign-in's code, or a recovery code (each once); an accepted code's step is remembered
   * so that it is never accepted again.
   */
  @Transactional
  boolean check(KoldooPrincipal person, String code) {
    Optional<byte[]> secret = secret(person.id(), true);
    if (secret.isEmpty() || code == null) {
      return false;
    }
    Instant now = Instant.now(clock);
    State state = state(person.id());
    if (state.blockedUntil() != null && state.blockedUntil().isAfter(now)) {
      audit.record(
          person.actor(),
          AuditRecord.of("TWO_FACTOR_FAILED", "user", person.id())
              .withDetails("blocked after too many wrong codes"));
      return false;
    }
    OptionalLong step = Totp.verify(secret.get(), code, now, state.lastStep());
    boolean passed;
    String how;
    if (step.isPresent()) {
      jdbc.sql("update user_second_factor set last_step = :s where user_account = :u")
          .param("s", step.getAsLong())
          .param("u", person.id())
          .update();
      passed = true;
      how = "code";
    } else {
      passed = recovery.use(person.id(), code, now);
      how = "recovery code";
    }
    counted(person.id(), passed, now);
    audit.record(
        person.actor(),
        AuditRecord.of(passed ? "TWO_FACTOR_PASSED" : "TWO_FACTOR_FAILED", "user", person.id())
            .withDetails(passed ? how : "wrong code"));
    return passed;
  }

  private record State(long lastStep, Instant blockedUntil) {}

  /** The last step accepted and any block, the row locked until the check is done. */
  private State state(UUID user) {
    return jdbc.sql(
            """
            select last_step, blocked_until from user_second_factor
            where user_account = :u for update
            """)
        .param("u", user)
        .query(
            (rs, n) ->
                new State(
                    rs.getLong(1),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
        .single();
  }

  /** Wrong codes count across sign-ins: a password alone cannot buy endless guesses. */
  private void counted(UUID user, boolean passed, Instant now) {
    jdbc.sql(
            """
            update user_second_factor set
              failed_codes = case when :passed or failed_codes + 1 >= :limit then 0
                                  else failed_codes + 1 end,
              blocked_until = case when not :passed and failed_codes + 1 >= :limit
                                   then :until else blocked_until end
            where user_account = :u
            """)
        .param("passed", passed)
        .param("limit", BLOCK_AFTER)
        .param("until", java.sql.Timestamp.from(now.plus(BLOCK_FOR)))
        .param("u", user)
        .update();
  }

  /** Recovery codes not used yet. */
  int recoveryCodesLeft(UUID user) {
    return recovery.left(user);
  }

  /** New recovery codes instead of the old ones (which stop at once); shown this once. */
  @Transactional
  List<String> renewRecoveryCodes(KoldooPrincipal person) {
    if (status(person.id()) != Status.ACTIVE) {
      return List.of();
    }
    List<String> codes = recovery.issue(person.id());
    audit.record(AuditRecord.of("RECOVERY_CODES_RENEWED", "user", person.id()));
    return codes;
  }

  /** An administrator's reset: the person sets up a second factor again at the next sign-in. */
  @Transactional
  boolean reset(UUID user, Actor administrator) {
    int removed =
        jdbc.sql("delete from user_second_factor where user_account = :u")
            .param("u", user)
            .update();
    recovery.forget(user);
    audit.record(administrator, AuditRecord.of("TWO_FACTOR_RESET", "user", user));
    return removed > 0;
  }

  /** The secret waiting for its first code: a new phone's, or the first one's. */
  private Optional<byte[]> waiting(UUID user) {
    return jdbc.sql(
            """
            select coalesce(pending_ciphertext,
                            case when confirmed_at is null then secret_ciphertext end)
            from user_second_factor where user_account = :u
            """)
        .param("u", user)
        .query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
        .optional()
        .flatMap(stored -> stored)
        .map(stored -> cipher.open(stored, context(user)));
  }

  private Optional<byte[]> secret(UUID user, boolean confirmed) {
    return jdbc.sql(
            """
            select secret_ciphertext from user_second_factor
            where user_account = :u and (confirmed_at is not null) = :confirmed
            """)
        .param("u", user)
        .param("confirmed", confirmed)
        .query(byte[].class)
        .optional()
        .map(stored -> cipher.open(stored, context(user)));
  }

  private static String context(UUID user) {
    return "user_second_factor:" + user;
  }
}
