package org.koldoo.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The forms sent in the last day, by the digest {@link RepeatedFormFilter} makes of each: claimed
 * by the request that handles it, then the address its answer sent the browser to. Shared by every
 * server through the database, so a form sent again to another server is known there too.
 */
class SentForms {

  /** How long a sent form is remembered. */
  static final Duration KEPT = Duration.ofDays(1);

  /** A form sent before: where its answer sent the browser, or null while it is being handled. */
  record Sent(String location) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  SentForms(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Claims the form for this request; false when it was sent before (or is being handled). */
  boolean claim(String key) {
    return jdbc.sql(
                """
                insert into form_submission (submission_key, sent_at) values (:k, :at)
                on conflict (submission_key) do nothing""")
            .param("k", key)
            .param("at", java.sql.Timestamp.from(Instant.now(clock)))
            .update()
        == 1;
  }

  Optional<Sent> find(String key) {
    return jdbc.sql("select location from form_submission where submission_key = :k")
        .param("k", key)
        .query((rs, n) -> new Sent(rs.getString(1)))
        .optional();
  }

  /** The form was handled and its answer sent the browser to {@code location}. */
  void handled(String key, String location) {
    jdbc.sql("update form_submission set location = :l where submission_key = :k")
        .param("l", location)
        .param("k", key)
        .update();
  }

  /** The form was refused or failed: it may be sent again and handled anew. */
  void release(String key) {
    jdbc.sql("delete from form_submission where submission_key = :k").param("k", key).update();
  }

  /** Forgets the forms sent more than {@link #KEPT} ago. */
  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
  void forgetOld() {
    jdbc.sql("delete from form_submission where sent_at < :before")
        .param("before", java.sql.Timestamp.from(Instant.now(clock).minus(KEPT)))
        .update();
  }
}
