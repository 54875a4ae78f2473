package org.koldoo.imports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads that were never imported, discarded with their sealed file: by a person of the
 * organisation who may bring the kind in, or by Koldoo once they waited longer than {@code
 * koldoo.imports.keep-unfinished}. A sheet of victim cases holds names and birth dates; kept, it
 * would outlive every retention period. The run stays, to say what became of it, and so do rows a
 * commit wrote before it was given up (a later upload of the sheet writes only what is missing).
 * Each discard is audited, in the transaction that discards.
 */
@Service
class ImportDiscards {

  private static final Logger log = LoggerFactory.getLogger(ImportDiscards.class);
  private static final Actor KOLDOO = new Actor("retention", null);

  private final ImportService imports;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ImportProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;

  ImportDiscards(
      ImportService imports,
      JdbcClient jdbc,
      AuditTrail audit,
      ImportProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.imports = imports;
    this.jdbc = jdbc;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * A person discards a dry run of their organisation's; a run discarded already stays as it is. A
   * commit started is refused: it is finished, or given up after the period.
   */
  ImportRun discard(UUID id) {
    ImportRun run = imports.get(id);
    imports.kind(run.kind()); // only who may bring the kind in
    if ("DISCARDED".equals(run.status())) {
      return run;
    }
    Actor actor = Actors.current();
    transaction.executeWithoutResult(
        status -> {
          List<Unfinished> gone =
              jdbc.sql(
                      """
                      update import_run set status = 'DISCARDED', discarded_at = :now,
                        discarded_by = :by
                      where id = :id and status = 'VALIDATED'
                      returning id, kind
                      """)
                  .param("id", id)
                  .param("now", Timestamp.from(Instant.now(clock)))
                  .param("by", actor.username())
                  .query(Unfinished.ROW)
                  .list();
          filesOf(gone);
          gone.forEach(
              r ->
                  audit.record(
                      actor,
                      AuditRecord.of("IMPORT_DISCARDED", "import", r.id()).withDetails(r.kind())));
        });
    ImportRun now = imports.get(id);
    if (!"DISCARDED".equals(now.status())) { // a commit started first
      throw new ImportExceptions.NotDiscardable();
    }
    return now;
  }

  /** The days an unfinished upload is kept, rounded up (a period of hours is still one day). */
  long keptDays() {
    return Math.max(1, (properties.keepUnfinished().toHours() + 23) / 24);
  }

  /** Every day (by default at 02:40 where Koldoo is). */
  @Scheduled(
      cron = "${koldoo.imports.discard-cron:0 40 2 * * *}",
      zone = "${koldoo.time-zone:Asia/Bishkek}")
  void daily() {
    int discarded = discardUnfinished(Instant.now(clock));
    if (discarded > 0) {
      log.info("Imports: {} uploads not imported within {} discarded", discarded, period());
    }
  }

  /**
   * Discards what was left unfinished longer than the period before {@code now}: dry runs made
   * then, and commits interrupted then (a running commit says it is alive after each batch).
   * Answers how many.
   */
  int discardUnfinished(Instant now) {
    Instant before = now.minus(properties.keepUnfinished());
    Integer discarded =
        transaction.execute(
            status -> {
              List<Unfinished> gone =
                  jdbc.sql(
                          """
                          update import_run set status = 'DISCARDED', discarded_at = :now,
                            discarded_by = null, committing_at = null
                          where (status = 'VALIDATED' and created_at < :before)
                             or (status = 'COMMITTING' and committing_at < :before)
                          returning id, kind
                          """)
                      .param("before", Timestamp.from(before))
                      .param("now", Timestamp.from(now))
                      .query(Unfinished.ROW)
                      .list();
              filesOf(gone);
              for (Unfinished run : gone) {
                audit.record(
                    KOLDOO,
                    AuditRecord.of("IMPORT_DISCARDED", "import", run.id())
                        .withDetails("%s: not imported within %s".formatted(run.kind(), period())));
              }
              return gone.size();
            });
    return discarded == null ? 0 : discarded;
  }

  /** The period as the log and the audit trail's reader read it: "7 days", not "PT168H". */
  private String period() {
    return keptDays() + (keptDays() == 1 ? " day" : " days");
  }

  private record Unfinished(UUID id, String kind) {
    static final org.springframework.jdbc.core.RowMapper<Unfinished> ROW =
        (rs, n) -> new Unfinished(rs.getObject("id", UUID.class), rs.getString("kind"));
  }

  /** Deletes the sealed files of the runs discarded. */
  private void filesOf(List<Unfinished> gone) {
    if (!gone.isEmpty()) {
      jdbc.sql("delete from import_file where import_id = any(:ids)")
          .param("ids", gone.stream().map(Unfinished::id).toArray(UUID[]::new))
          .update();
    }
  }
}
