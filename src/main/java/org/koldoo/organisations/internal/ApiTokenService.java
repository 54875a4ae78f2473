package org.koldoo.organisations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opaque bearer tokens: 256 random bits handed out once, of which only the SHA-256 is stored. A
 * token is refused once expired or revoked, or when its account is deactivated or locked — at once,
 * although accounts behind tokens are remembered for a few seconds so that reads write nothing.
 */
@Service
class ApiTokenService {

  private static final SecureRandom RANDOM = new SecureRandom();
  static final Duration REMEMBER = Duration.ofSeconds(10);
  static final Duration LAST_USED_EVERY = Duration.ofMinutes(1);
  private static final int MAX_REMEMBERED = 10_000;

  private record Remembered(
      UUID tokenId,
      KoldooPrincipal principal,
      Instant expiresAt,
      Instant readAt,
      AtomicReference<Instant> lastRecorded) {}

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  private final JdbcClient jdbc;
  private final UserAccountRepository users;
  private final AuditTrail audit;
  private final SecurityProperties properties;
  private final Clock clock;

  ApiTokenService(
      JdbcClient jdbc,
      UserAccountRepository users,
      AuditTrail audit,
      SecurityProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  record IssuedToken(String token, Instant expiresAt) {}

  /** A token presented with a request and the account behind it. */
  record Presented(UUID tokenId, KoldooPrincipal principal) {}

  /** An API client's request, in the audit trail: which client, which operation. */
  void recordClientUse(KoldooPrincipal client, String method, String path) {
    audit.record(
        client.actor(),
        AuditRecord.of("API_CLIENT_USED", "user", client.id()).withDetails(method + " " + path));
  }

  @Transactional
  IssuedToken issue(KoldooPrincipal principal) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = Instant.now(clock);
    Instant expires = now.plus(properties.tokenLifetime());
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into api_token (id, user_id, token_hash, issued_at, expires_at)
                values (:id, :user, :hash, :now, :expires)
                """)
        .param("id", id)
        .param("user", principal.id())
        .param("hash", sha256(token))
        .param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(expires))
        .update();
    audit.record(
        principal.actor(),
        AuditRecord.of("API_TOKEN_ISSUED", "api-token", id).withDetails("expires=" + expires));
    return new IssuedToken(token, expires);
  }

  /**
   * The token's account, for this request. A read writes nothing: the account is remembered for
   * {@link #REMEMBER} after it was read from the database, and when the token was last used is
   * written at most once a {@link #LAST_USED_EVERY}. Revocation, and any change to an account
   * (deactivation, lock, roles, password), forget what was remembered at once.
   */
  Optional<Presented> authenticate(String token) {
    String hash = sha256(token);
    Instant now = Instant.now(clock);
    Remembered known = remembered.get(hash);
    if (known != null
        && known.readAt().plus(REMEMBER).isAfter(now)
        && known.expiresAt().isAfter(now)
        && known.principal().isAccountNonLocked()) {
      recordUse(known, now);
      return Optional.of(new Presented(known.tokenId(), known.principal()));
    }
    long generationBefore = generation.get();
    Optional<Object[]> row = liveToken(hash, now);
    Optional<KoldooPrincipal> principal =
        row.flatMap(r -> users.findById((UUID) r[1]))
            .map(account -> new KoldooPrincipal(account, clock))
            .filter(p -> p.isEnabled() && p.isAccountNonLocked());
    if (principal.isEmpty()) {
      remembered.remove(hash);
      return Optional.empty();
    }
    Remembered fresh =
        new Remembered(
            (UUID) row.get()[0],
            principal.get(),
            (Instant) row.get()[2],
            now,
            new AtomicReference<>(Instant.EPOCH));
    if (remembered.size() > MAX_REMEMBERED) {
      remembered.clear();
    }
    // a change that landed while the account was being read must not be overwritten by it:
    // forgetting moves the generation before it clears, so checking after the put is enough
    remembered.put(hash, fresh);
    if (generation.get() != generationBefore) {
      remembered.remove(hash, fresh);
    }
    recordUse(fresh, now);
    return Optional.of(new Presented(fresh.tokenId(), fresh.principal()));
  }

  /** The live (unrevoked, unexpired) token with this hash: its id, its user and its expiry. */
  private Optional<Object[]> liveToken(String hash, Instant now) {
    return jdbc.sql(
            """
                    select id, user_id, expires_at from api_token where token_hash = :hash
                    and revoked_at is null and expires_at > :now
                    """)
        .param("hash", hash)
        .param("now", Timestamp.from(now))
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getObject(1, UUID.class),
                  rs.getObject(2, UUID.class),
                  rs.getTimestamp(3).toInstant()
                })
        .optional();
  }

  /** Forgets every remembered account: now, and again when the current transaction commits. */
  void forgetAll() {
    generation.incrementAndGet();
    remembered.clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              generation.incrementAndGet();
              remembered.clear();
            }
          });
    }
  }

  private void recordUse(Remembered token, Instant now) {
    Instant last = token.lastRecorded().get();
    if (last.plus(LAST_USED_EVERY).isAfter(now) || !token.lastRecorded().compareAndSet(last, now)) {
      return;
    }
    jdbc.sql("update api_token set last_used_at = :now where id = :id")
        .param("now", Timestamp.from(now))
        .param("id", token.tokenId())
        .update();
  }

  /** Changes to accounts (deactivation, roles, password, unlock) forget remembered tokens. */
  @Component
  static class AccountChanges implements AfterSaveCallback<UserAccount> {
    private final ObjectProvider<ApiTokenService> tokens;

    AccountChanges(ObjectProvider<ApiTokenService> tokens) {
      this.tokens = tokens;
    }

    @Override
    public UserAccount onAfterSave(UserAccount account) {
      tokens.getObject().forgetAll();
      return account;
    }
  }

  @Transactional
  void revoke(UUID tokenId) {
    forgetAll();
    int changed =
        jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
            .param("now", Timestamp.from(Instant.now(clock)))
            .param("id", tokenId)
            .update();
    if (changed > 0) {
      audit.record(AuditRecord.of("API_TOKEN_REVOKED", "api-token", tokenId));
    }
  }

  @Transactional
  int revokeAll(UUID userId) {
    forgetAll();
    int changed =
        jdbc.sql(
                """
                    update api_token set revoked_at = :now where user_id = :user
                    and revoked_at is null and expires_at > :now
                    """)
            .param("now", Timestamp.from(Instant.now(clock)))
            .param("user", userId)
            .update();
    if (changed > 0) {
      audit.record(
          AuditRecord.of("API_TOKENS_REVOKED", "user", userId).withDetails("count=" + changed));
    }
    return changed;
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
