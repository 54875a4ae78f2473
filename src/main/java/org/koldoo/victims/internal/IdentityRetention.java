package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.Events;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasing the identity of cases closed longer than the retention period: names, birth date,
 * documents, contacts, address and notes (sealed again as empty), photo, guardian, best-interests
 * summary, follow-up notes, attachments and the blind indexes that would find the person; the
 * statistical fields, the person key that counts a person once, and every step of the case stay, so
 * the report does not change. Each case is erased in its own transaction and audited; a case
 * reopened meanwhile is left. A dry run lists what would go and erases nothing.
 */
@Service
class IdentityRetention {

  /** A case whose identity is due to go. */
  record Due(UUID id, String caseNumber, String pseudonym, LocalDate closedOn) {}

  /** What a run found, and what it erased (nothing in a dry run). */
  record Outcome(Period period, LocalDate closedUpTo, int due, int erased, List<Due> cases) {}

  private static final Logger log = LoggerFactory.getLogger(IdentityRetention.class);
  private static final int LISTED = 1000;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final RetentionProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;

  IdentityRetention(
      JdbcClient jdbc,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      RetentionProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  Optional<Period> period() {
    return Optional.ofNullable(properties.identityAfter());
  }

  /** Cases closed on or before this day are due (today in the configured zone, less the period). */
  LocalDate closedUpTo(Period period) {
    return LocalDate.now(clock).minus(period);
  }

  /** The day (where Koldoo is) a case's identity was erased, if it was. */
  Optional<LocalDate> erasedOn(UUID caseId) {
    return jdbc.sql("select identity_erased_at from victim_case where id = :id")
        .param("id", caseId)
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)))
        .optional()
        .flatMap(at -> at)
        .map(at -> at.toInstant().atZone(clock.getZone()).toLocalDate());
  }

  /**
   * Every day (by default at 02:30 where Koldoo is), when a period is set; one instance at a time.
   */
  @Scheduled(
      cron = "${koldoo.retention.cron:0 30 2 * * *}",
      zone = "${koldoo.time-zone:Asia/Bishkek}")
  void daily() {
    if (period().isPresent()) {
      Outcome outcome = run(period().get(), false);
      if (outcome.erased() > 0) {
        log.info("Retention: identities of {} closed cases erased", outcome.erased());
      }
    }
  }

  /** Lists (dry run) or erases what the period makes due. */
  Outcome run(Period period, boolean dryRun) {
    LocalDate upTo = closedUpTo(period);
    List<Due> due =
        jdbc.sql(
                """
                select id, case_number, pseudonym, closed_on from victim_case
                where closed_on is not null and closed_on <= :upTo and identity_erased_at is null
                order by closed_on, case_number
                """)
            .param("upTo", upTo)
            .query(
                (rs, n) ->
                    new Due(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
            .list();
    int erased = 0;
    if (!dryRun) {
      for (Due c : due) {
        if (Boolean.TRUE.equals(transaction.execute(status -> erase(c.id(), upTo)))) {
          erased++;
        }
      }
    }
    return new Outcome(
        period,
        upTo,
        due.size(),
        erased,
        new ArrayList<>(due.subList(0, Math.min(LISTED, due.size()))));
  }

  /** One case, if it is still closed on or before the day and not erased; whether it was. */
  private boolean erase(UUID id, LocalDate upTo) {
    Optional<UUID> organisation =
        jdbc.sql(
                """
                select organisation_id from victim_case
                where id = :id and closed_on is not null and closed_on <= :upTo
                  and identity_erased_at is null
                for update skip locked
                """)
            .param("id", id)
            .param("upTo", upTo)
            .query(UUID.class)
            .optional();
    if (organisation.isEmpty()) {
      return false;
    }
    Instant now = Instant.now(clock);
    byte[] empty =
        cipher.encrypt(
            new Identity(null, null, null, null, null, null, null, null, null, null).serialise(),
            VictimCase.sealContext(id, "identity"));
    jdbc.sql(
            """
            update victim_case set identity_ciphertext = :empty, photo_ciphertext = null,
              guardian_ciphertext = null, best_interests_ciphertext = null,
              name_index = null, birth_date_index = null, document_index = null,
              name_parts_indexed = true, identity_erased_at = :now, version = version + 1
            where id = :id
            """)
        .param("empty", empty)
        .param("now", java.sql.Timestamp.from(now))
        .param("id", id)
        .update();
    jdbc.sql("delete from victim_name_part where case_id = :id").param("id", id).update();
    jdbc.sql("update victim_case_task set note_ciphertext = null where case_id = :id")
        .param("id", id)
        .update();
    int attachments =
        jdbc.sql("delete from victim_case_attachment where case_id = :id").param("id", id).update();
    audit.record(
        new org.koldoo.platform.security.Actor("retention", null),
        AuditRecord.of("VICTIM_IDENTITY_ERASED", "victim-case", id)
            .withDetails(
                "retention: closed on or before %s; %d attachments removed"
                    .formatted(upTo, attachments)));
    events.publishEvent(new Events.IdentityErased(id, organisation.get()));
    return true;
  }
}
