package org.koldoo.organisations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens: 256 random bits handed out once, of which only the SHA-256 is stored. A
 * token is refused once expired or revoked, or when its account is deactivated or locked.
 */
@Service
class ApiTokenService {

  private static final SecureRandom RANDOM = new SecureRandom();

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

  @Transactional
  IssuedToken issue(KoldooPrincipal principal) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = Instant.now(clock);
    Instant expires = now.plus(properties.tokenLifetime());
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into api_token (id, user_id, token_hash, issued_at, expires_at)"
                + " values (:id, :user, :hash, :now, :expires)")
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

  @Transactional
  Optional<Presented> authenticate(String token) {
    Instant now = Instant.now(clock);
    Optional<Object[]> row =
        jdbc.sql(
                "select id, user_id from api_token where token_hash = :hash"
                    + " and revoked_at is null and expires_at > :now")
            .param("hash", sha256(token))
            .param("now", Timestamp.from(now))
            .query(
                (rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    UUID tokenId = (UUID) row.get()[0];
    return users
        .findById((UUID) row.get()[1])
        .map(account -> new KoldooPrincipal(account, clock))
        .filter(p -> p.isEnabled() && p.isAccountNonLocked())
        .map(
            p -> {
              jdbc.sql("update api_token set last_used_at = :now where id = :id")
                  .param("now", Timestamp.from(now))
                  .param("id", tokenId)
                  .update();
              return new Presented(tokenId, p);
            });
  }

  @Transactional
  void revoke(UUID tokenId) {
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
    int changed =
        jdbc.sql(
                "update api_token set revoked_at = :now where user_id = :user"
                    + " and revoked_at is null and expires_at > :now")
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
