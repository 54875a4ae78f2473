package org.koldoo.organisations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.koldoo.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The API requests sent with an {@code Idempotency-Key} in the last day, and the answer each got,
 * sealed: shared by every server through the database, so a retry that reaches another server is
 * answered there as the first was.
 */
class IdempotentAnswers {

  /** How long a request and its answer are kept. */
  static final Duration KEPT = Duration.ofDays(1);

  /** A request sent before: its body's digest, and its answer (status null while handled). */
  record Earlier(String bodyDigest, Integer status, String contentType, String location) {}

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final Clock clock;

  IdempotentAnswers(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** Claims the request for this one; false when it was sent before. */
  boolean claim(String key, String bodyDigest) {
    return jdbc.sql(
                """
                insert into api_idempotency (request_key, body_digest, received_at)
                values (:k, :d, :at) on conflict (request_key) do nothing""")
            .param("k", key)
            .param("d", bodyDigest)
            .param("at", Timestamp.from(Instant.now(clock)))
            .update()
        == 1;
  }

  Optional<Earlier> find(String key) {
    return jdbc.sql(
            """
            select body_digest, status, content_type, location from api_idempotency
            where request_key = :k""")
        .param("k", key)
        .query(
            (rs, n) ->
                new Earlier(
                    rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  /** The answer the first request got, opened. */
  byte[] answer(String key) {
    byte[] sealed =
        jdbc.sql("select answer_ciphertext from api_idempotency where request_key = :k")
            .param("k", key)
            .query(byte[].class)
            .optional()
            .orElse(null);
    return sealed == null ? new byte[0] : cipher.open(sealed, context(key));
  }

  void answered(String key, int status, String contentType, String location, byte[] answer) {
    jdbc.sql(
            """
            update api_idempotency set status = :s, content_type = :t, location = :l,
              answer_ciphertext = :a
            where request_key = :k""")
        .param("s", status)
        .param("t", contentType)
        .param("l", location)
        .param("a", cipher.seal(answer, context(key)))
        .param("k", key)
        .update();
  }

  /** The request was refused or failed: the same request may be sent again and handled anew. */
  void release(String key) {
    jdbc.sql("delete from api_idempotency where request_key = :k").param("k", key).update();
  }

  static String context(String key) {
    return "api_idempotency:" + key;
  }

  /** Forgets the requests sent more than {@link #KEPT} ago. */
  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void forgetOld() {
    jdbc.sql("delete from api_idempotency where received_at < :before")
        .param("before", Timestamp.from(Instant.now(clock).minus(KEPT)))
        .update();
  }
}
