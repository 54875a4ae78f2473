package org.koldoo.audit.internal;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends under a row lock on the chain head, so entries get gap-free ids and each one's keyed hash
 * covers its predecessor even when many requests write at once. A missing head row is rebuilt from
 * the last entry (and the rebuild itself is an entry), so writing goes on; verification still
 * reports it.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

  private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);
  private static final int MAX_TEXT = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditKey key;
  private final AuditCheckpoints checkpoints;

  private final TransactionTemplate transactions;
  private final ChainVerifier verifier;

  JdbcAuditTrail(
      JdbcClient jdbc,
      Clock clock,
      AuditKey key,
      AuditCheckpoints checkpoints,
      PlatformTransactionManager transactionManager,
      ChainVerifier verifier) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.verifier = verifier;
    this.jdbc = jdbc;
    this.clock = clock;
    this.key = key;
    this.checkpoints = checkpoints;
  }

  @Override
  @Transactional
  public void record(AuditRecord record) {
    record(Actors.current(), record);
  }

  /** A read waiting to be appended by the batch writer. */
  private record Pending(AuditEntry entry, String mac, CompletableFuture<Void> done) {}

  private final BlockingQueue<Pending> reads = new LinkedBlockingQueue<>();
  private volatile Thread writer;

  @Override
  public void recordRead(AuditRecord r) {
    AuditEntry entry = entry(Actors.current(), r);
    Pending pending =
        new Pending(entry, AuditHashing.contentMac(key, entry), new CompletableFuture<>());
    startWriter();
    reads.add(pending);
    try {
      pending.done().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while auditing a read", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException("the read could not be audited", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the read could not be audited in time", e);
    }
  }

  private synchronized void startWriter() {
    if (writer != null && writer.isAlive()) {
      return;
    }
    writer =
        new Thread(
            () -> {
              List<Pending> batch = new ArrayList<>();
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  batch.add(reads.take());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  break;
                }
                reads.drainTo(batch, 255);
                try {
                  transactions.executeWithoutResult(
                      status -> batch.forEach(p -> appendOrRestore(p.entry(), p.mac())));
                  batch.forEach(p -> p.done().complete(null));
                } catch (RuntimeException e) {
                  batch.forEach(p -> p.done().completeExceptionally(e));
                }
                batch.clear();
              }
            },
            "audit-read-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @PreDestroy
  void stopWriter() {
    Thread current = writer;
    if (current != null) {
      current.interrupt();
    }
  }

  @Override
  @Transactional
  public void record(Actor actor, AuditRecord r) {
    AuditEntry entry = entry(actor, r);
    appendOrRestore(entry, AuditHashing.contentMac(key, entry));
  }

  private void appendOrRestore(AuditEntry entry, String mac) {
    // the MAC is computed before the chain is locked; the lock is held for one statement
    if (append(entry, mac)) {
      return;
    }
    restoreHead();
    AuditEntry restored =
        entry(
            new Actor("system", null),
            AuditRecord.of("AUDIT_HEAD_RESTORED", "audit", null)
                .withDetails("the chain head row was missing and was rebuilt from the last entry"));
    append(restored, AuditHashing.contentMac(key, restored));
    if (!append(entry, mac)) {
      throw new IllegalStateException("the audit chain head cannot be rebuilt");
    }
  }

  private AuditEntry entry(Actor actor, AuditRecord r) {
    return new AuditEntry(
        0,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
        truncate(actor.username(), 64),
        actor.organisationId(),
        truncate(r.action(), 64),
        truncate(r.objectType(), 64),
        truncate(r.objectId(), 100),
        truncate(r.purpose(), 200),
        truncate(r.details(), MAX_TEXT));
  }

  /**
   * Locks the head, appends the entry after it with the next id and its chained hash, and moves the
   * head, in one statement; false when there is no head row.
   */
  private boolean append(AuditEntry entry, String mac) {
    return jdbc.sql(
            """
            with head as (
              select last_id, last_hash from audit_chain_head where singleton for update),
            appended as (
              insert into audit_entry (id, occurred_at, actor, organisation_id, action,
                                       object_type, object_id, purpose, details, previous_hash,
                                       hash, scheme)
              select head.last_id + 1, :at, :actor, :org, :action, :type, :objectId, :purpose,
                     :details, head.last_hash,
                     encode(sha256(decode(head.last_hash, 'hex') || decode(:mac, 'hex')), 'hex'),
                     :scheme
                from head
              returning id, hash)
            update audit_chain_head set last_id = appended.id, last_hash = appended.hash
              from appended where singleton
            returning appended.id
            """)
        .param("at", Timestamp.from(entry.occurredAt()))
        .param("actor", entry.actor())
        .param("org", entry.organisationId())
        .param("action", entry.action())
        .param("type", entry.objectType())
        .param("objectId", entry.objectId())
        .param("purpose", entry.purpose())
        .param("details", entry.details())
        .param("mac", mac)
        .param("scheme", AuditHashing.CHAINED_MAC)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  private void restoreHead() {
    Object[] last =
        jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional()
            .orElse(new Object[] {0L, AuditHashing.GENESIS});
    log.warn("The audit chain head was missing; rebuilt at entry {}", last[0]);
    jdbc.sql(
            """
                insert into audit_chain_head (singleton, last_id, last_hash) values (true, :id, :hash)
                on conflict do nothing
                """)
        .param("id", last[0])
        .param("hash", last[1])
        .update();
  }

  /** One snapshot for the whole check, while others go on appending (see ChainVerifier). */
  @Override
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public ChainVerification verify() {
    return verify(checkpoints.file());
  }

  @Override
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public ChainVerification verify(Path checkpointFile) {
    return verifier.verify(checkpointFile);
  }

  @Override
  public ChainVerification verifyCopy(javax.sql.DataSource copy, Path checkpointFile) {
    TransactionTemplate snapshot = new TransactionTemplate(new JdbcTransactionManager(copy));
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    return snapshot.execute(status -> verifier.on(JdbcClient.create(copy)).verify(checkpointFile));
  }

  /** Whether the newest keyed entry verifies under our key: false means another key wrote it. */
  @Transactional(readOnly = true)
  Optional<Long> entryNotMatchingKey() {
    return jdbc.sql(
            """
            select id, occurred_at, actor, organisation_id, action, object_type, object_id,
                   purpose, details, previous_hash, hash, scheme
            from audit_entry where scheme <> 1 order by id desc limit 1
            """)
        .query(
            (rs, n) -> {
              AuditEntry entry = stored(rs);
              boolean matches =
                  AuditHashing.expected(
                          key, rs.getInt("scheme"), rs.getString("previous_hash").strip(), entry)
                      .equals(rs.getString("hash").strip());
              return matches ? -1L : entry.id();
            })
        .optional()
        .filter(id -> id > 0);
  }

  /** An entry as read back from its row. */
  static AuditEntry stored(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("purpose"),
        rs.getString("details"));
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
