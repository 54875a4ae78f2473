package org.koldoo.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.audit.internal.AuditHashing.StoredEntry;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends under a row lock on the chain head, so entries get gap-free ids and each one's hash
 * covers its predecessor even when many requests write at once.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

  private static final int MAX_TEXT = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(AuditRecord record) {
    record(Actors.current(), record);
  }

  @Override
  @Transactional
  public void record(Actor actor, AuditRecord r) {
    var head =
        jdbc.sql("select last_id, last_hash from audit_chain_head where singleton for update")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long id = (Long) head[0] + 1;
    String previous = (String) head[1];
    StoredEntry entry =
        new StoredEntry(
            id,
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            truncate(actor.username(), 64),
            actor.organisationId(),
            truncate(r.action(), 64),
            truncate(r.objectType(), 64),
            truncate(r.objectId(), 100),
            truncate(r.purpose(), 200),
            truncate(r.details(), MAX_TEXT));
    String hash = AuditHashing.hash(previous, entry);
    jdbc.sql(
            """
            insert into audit_entry (id, occurred_at, actor, organisation_id, action, object_type,
                                     object_id, purpose, details, previous_hash, hash)
            values (:id, :at, :actor, :org, :action, :type, :objectId, :purpose, :details,
                    :previous, :hash)
            """)
        .param("id", id)
        .param("at", Timestamp.from(entry.occurredAt()))
        .param("actor", entry.actor())
        .param("org", entry.organisationId())
        .param("action", entry.action())
        .param("type", entry.objectType())
        .param("objectId", entry.objectId())
        .param("purpose", entry.purpose())
        .param("details", entry.details())
        .param("previous", previous)
        .param("hash", hash)
        .update();
    jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where singleton")
        .param("id", id)
        .param("hash", hash)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    AtomicLong expectedId = new AtomicLong(1);
    AtomicLong checked = new AtomicLong();
    AtomicReference<String> previous = new AtomicReference<>(AuditHashing.GENESIS);
    AtomicReference<Long> broken = new AtomicReference<>();
    jdbc.sql(
            """
            select id, occurred_at, actor, organisation_id, action, object_type, object_id,
                   purpose, details, previous_hash, hash
            from audit_entry order by id
            """)
        .withFetchSize(1000)
        .query(
            rs -> {
              if (broken.get() != null) {
                return;
              }
              long id = rs.getLong("id");
              checked.incrementAndGet();
              if (id != expectedId.get()) {
                broken.set(expectedId.get()); // a missing entry: named by the id it should have had
                return;
              }
              StoredEntry entry =
                  new StoredEntry(
                      id,
                      rs.getTimestamp("occurred_at").toInstant(),
                      rs.getString("actor"),
                      rs.getObject("organisation_id", UUID.class),
                      rs.getString("action"),
                      rs.getString("object_type"),
                      rs.getString("object_id"),
                      rs.getString("purpose"),
                      rs.getString("details"));
              String stored = rs.getString("hash");
              if (!previous.get().equals(rs.getString("previous_hash"))
                  || !AuditHashing.hash(previous.get(), entry).equals(stored)) {
                broken.set(id);
                return;
              }
              previous.set(stored);
              expectedId.incrementAndGet();
            });
    if (broken.get() == null) {
      // entries removed from the end leave the head pointing past the last row
      var head =
          jdbc.sql("select last_id, last_hash from audit_chain_head where singleton")
              .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
              .single();
      long lastSeen = expectedId.get() - 1;
      if ((Long) head[0] != lastSeen || !previous.get().equals(head[1])) {
        broken.set(Math.min(lastSeen + 1, Math.max((Long) head[0], 1)));
      }
    }
    long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    return new ChainVerification(broken.get() == null, total, broken.get());
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
