package org.koldoo.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.notifications.NoticeKind;
import org.koldoo.organisations.Member;
import org.koldoo.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notices of each person: written once per event and person, listed, marked read. */
@Component
class Inbox {

  /** A notice as its recipient sees it. */
  record Notice(
      UUID id, NoticeKind kind, String title, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  /** A notice just written, with the person it is for (for the e-mail). */
  record Delivered(UUID id, Member to, NoticeKind kind, String title, String link) {}

  private static final String INSERT =
      """
      insert into notification (id, recipient, organisation_id, kind, title, link, dedup_key,
                                created_at)
      values (:id, :recipient, :org, :kind, :title, :link, :key, :at)
      on conflict (dedup_key) do nothing
      """;

  private static final String LIST =
      """
      select id, kind, title, link, created_at, read_at from notification
       where lower(recipient) = lower(:me)
       order by created_at desc, id
       limit :limit offset :offset
      """;

  private static final String COUNT =
      "select count(*) from notification where lower(recipient) = lower(:me)";

  private static final String UNREAD =
      "select count(*) from notification where lower(recipient) = lower(:me) and read_at is null";

  private static final String MARK_READ =
      """
      update notification set read_at = :at
       where id = :id and lower(recipient) = lower(:me) and read_at is null
      """;

  private static final String OWNED =
      "select count(*) from notification where id = :id and lower(recipient) = lower(:me)";

  private static final String MARK_ALL_READ =
      """
      update notification set read_at = :at
       where lower(recipient) = lower(:me) and read_at is null
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  Inbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Writes the notice for each recipient of an organisation, once: {@code event} names what it is
   * about (a referral, a case, a follow-up and day), so the same event written again adds nothing.
   */
  @Transactional
  List<Delivered> write(
      List<Member> recipients,
      UUID organisation,
      NoticeKind kind,
      String title,
      String link,
      String event) {
    List<Delivered> written = new ArrayList<>();
    Instant now = Instant.now(clock);
    for (Member m : recipients) {
      UUID id = UUID.randomUUID();
      int rows =
          jdbc.sql(INSERT)
              .param("id", id)
              .param("recipient", m.username())
              .param("org", organisation)
              .param("kind", kind.name())
              .param("title", title.length() > 40 ? title.substring(0, 40) : title)
              .param("link", link)
              .param("key", kind + ":" + event + ":" + m.username().toLowerCase())
              .param("at", java.sql.Timestamp.from(now))
              .update();
      if (rows == 1) {
        written.add(new Delivered(id, m, kind, title, link));
      }
    }
    return written;
  }

  Page<Notice> of(String username, int page, int size) {
    List<Notice> items =
        jdbc.sql(LIST)
            .param("me", username)
            .param("limit", size)
            .param("offset", page * size)
            .query(
                (rs, n) ->
                    new Notice(
                        rs.getObject("id", UUID.class),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                            ? null
                            : rs.getTimestamp("read_at").toInstant()))
            .list();
    long total = jdbc.sql(COUNT).param("me", username).query(Long.class).single();
    return new Page<>(items, page, size, total);
  }

  int unread(String username) {
    return jdbc.sql(UNREAD).param("me", username).query(Integer.class).single();
  }

  /** Marks one's own notice read; false when there is no such notice of this person. */
  @Transactional
  boolean markRead(String username, UUID id) {
    jdbc.sql(MARK_READ)
        .param("id", id)
        .param("me", username)
        .param("at", java.sql.Timestamp.from(Instant.now(clock)))
        .update();
    return jdbc.sql(OWNED).param("id", id).param("me", username).query(Integer.class).single() > 0;
  }

  /** Where one's own notice leads; empty when there is no such notice of this person. */
  java.util.Optional<String> linkOf(String username, UUID id) {
    return jdbc.sql(
            "select link from notification where id = :id and lower(recipient) = lower(:me)")
        .param("id", id)
        .param("me", username)
        .query(String.class)
        .optional();
  }

  @Transactional
  int markAllRead(String username) {
    return jdbc.sql(MARK_ALL_READ)
        .param("me", username)
        .param("at", java.sql.Timestamp.from(Instant.now(clock)))
        .update();
  }

  /**
   * Whether this instance may send a day's reminders now: one instance at a time (a lock held to
   * the end of the transaction). What another sent already is not sent again either way: each
   * notice is written once per event.
   */
  boolean claimReminders() {
    return Boolean.TRUE.equals(
        jdbc.sql("select pg_try_advisory_xact_lock(hashtext('koldoo.notifications.reminders'))")
            .query(Boolean.class)
            .single());
  }
}
