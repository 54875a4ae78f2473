package org.koldoo.notifications.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.koldoo.notifications.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails of notices, kept with the notices: one is due from the moment its notice is written
 * until it has gone out, so that neither an SMTP server away nor a process stopped before sending
 * loses it. Whoever sends one claims it first (the first send after the write, or a later retry, on
 * any instance), so it is never sent twice at once.
 */
@Component
class MailQueue {

  /** Sends of one e-mail before it is given up. */
  static final int MOST_ATTEMPTS = 6;

  /** How long after its notice an e-mail never tried is taken as left by a stopped process. */
  static final Duration SETTLED = Duration.ofMinutes(2);

  /** E-mails of older notices are not sent any more: the notice stays in Koldoo. */
  static final Duration OLDEST = Duration.ofDays(1);

  /** An e-mail a retry claimed: its notice, for whom and what. */
  record Claimed(
      UUID id, String recipient, UUID organisationId, NoticeKind kind, String title, String link) {}

  private static final String DUE =
      "update notification set email_due = true where id = any(:ids) and emailed_at is null";

  private static final String CLAIM =
      """
      update notification set email_tried_at = :now
       where id = :id and email_due and email_tried_at is null
      """;

  private static final String CLAIM_DUE =
      """
      update notification set email_tried_at = :now
       where id in (select id from notification
                     where email_due and created_at > :oldest
                       and (email_tried_at is null and created_at < :settled
                            or email_tried_at
                               < cast(:now as timestamptz) - interval '1 minute' * power(2, email_attempts))
                     order by created_at
                     limit :limit
                     for update skip locked)
      returning id, recipient, organisation_id, kind, title, link
      """;

  private static final String SENT =
      """
      update notification set emailed_at = :now, email_due = false, email_tried_at = :now
       where id = :id
      """;

  private static final String FAILED =
      """
      update notification set email_attempts = email_attempts + 1,
                              email_due = email_attempts + 1 < :most
       where id = :id
      returning email_due
      """;

  private static final String DROPPED = "update notification set email_due = false where id = :id";

  private final JdbcClient jdbc;

  MailQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks these notices' e-mails due, in the transaction that writes the notices. */
  void due(Collection<UUID> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql(DUE).param("ids", ids.toArray(UUID[]::new)).update();
    }
  }

  /** Claims a just-written notice's e-mail for its first send; false when taken already. */
  boolean claim(UUID id, Instant now) {
    return jdbc.sql(CLAIM).param("id", id).param("now", Timestamp.from(now)).update() == 1;
  }

  /**
   * Claims the e-mails due again now: never tried a while after their notice, or tried and failed
   * long enough ago (2, 4, 8 … minutes after the last try), oldest first.
   */
  @Transactional
  List<Claimed> claimDue(Instant now, int limit) {
    return jdbc.sql(CLAIM_DUE)
        .param("now", Timestamp.from(now))
        .param("oldest", Timestamp.from(now.minus(OLDEST)))
        .param("settled", Timestamp.from(now.minus(SETTLED)))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    rs.getString("recipient"),
                    rs.getObject("organisation_id", UUID.class),
                    NoticeKind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getString("link")))
        .list();
  }

  void sent(UUID id, Instant now) {
    jdbc.sql(SENT).param("id", id).param("now", Timestamp.from(now)).update();
  }

  /** Counts a failed send; answers whether it will be tried again. */
  boolean failed(UUID id) {
    return jdbc.sql(FAILED)
        .param("id", id)
        .param("most", MOST_ATTEMPTS)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** No e-mail is to be sent for this notice after all (its person has gone, or has no address). */
  void dropped(UUID id) {
    jdbc.sql(DROPPED).param("id", id).update();
  }
}
