package org.koldoo.justice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.justice.EventType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An event of a criminal case as stored, a part of the {@link CriminalCase} aggregate. */
@Table("case_event")
record CaseEventRecord(
    @Id UUID id,
    EventType eventType,
    LocalDate occurredOn,
    UUID defendantId,
    @Column("article_from_id") UUID articleFrom,
    @Column("article_to_id") UUID articleTo,
    String reason,
    String outcome,
    Integer months,
    Boolean suspended,
    @Column("fine_kgs") BigDecimal fine,
    @Column("amount_kgs") BigDecimal amount,
    String country,
    String note,
    String recordedBy,
    Instant recordedAt,
    UUID organisationId) {

  /** The event, recorded by a person of an organisation. */
  static CaseEventRecord of(CaseTimeline.Event e, String recordedBy, UUID organisationId) {
    return new CaseEventRecord(
        e.id(),
        e.type(),
        e.on(),
        e.defendantId(),
        e.articleFrom(),
        e.articleTo(),
        e.reason(),
        e.outcome(),
        e.months(),
        e.suspended(),
        e.fine(),
        e.amount(),
        e.country(),
        e.note(),
        recordedBy,
        e.recordedAt(),
        organisationId);
  }

  CaseTimeline.Event event() {
    return new CaseTimeline.Event(
        id,
        eventType,
        occurredOn,
        recordedAt,
        defendantId,
        articleFrom,
        articleTo,
        reason,
        outcome,
        months,
        suspended,
        fine,
        amount,
        country,
        note);
  }
}
