package org.koldoo.justice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.CloseReason;
import org.koldoo.justice.EventType;
import org.koldoo.justice.Events;
import org.koldoo.justice.VerdictOutcome;
import org.koldoo.justice.internal.CriminalCaseRecords.CaseRow;
import org.koldoo.justice.internal.JusticeForms.EventForm;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens to a criminal case. Every event is checked against the whole replayed
 * timeline before it is written, and who may record it follows the role.
 */
@org.springframework.stereotype.Service
class CaseEvents {

  private final CriminalCaseRepository cases;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final JusticePolicy policy;
  private final CriminalCaseRecords records;

  CaseEvents(
      CriminalCaseRepository cases,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      JusticePolicy policy,
      CriminalCaseRecords records) {
    this.cases = cases;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.policy = policy;
    this.records = records;
  }

  @Transactional
  UUID recordEvent(UUID caseId, EventForm form) {
    CaseRow c = records.load(caseId);
    JusticePolicy.requireMayRecord(form.type());
    Actor actor = policy.requireHandler(c);
    CriminalCase aggregate = cases.findById(caseId).orElseThrow();
    if (form.defendantId() != null && !aggregate.hasDefendant(form.defendantId())) {
      throw new InvalidInput("defendantId", "justice.unknownDefendant");
    }
    checkCodes(form);
    Map<UUID, CaseTimeline.ArticleRef> refs = records.refs();
    List<CaseTimeline.Event> existing = aggregate.timeline();
    CaseTimeline.State before = replay(aggregate, existing, refs);
    UUID articleFrom =
        form.type() == EventType.RECLASSIFIED
            ? replay(
                    aggregate,
                    existing.stream().filter(e -> !e.on().isAfter(form.occurredOn())).toList(),
                    refs)
                .currentArticle()
            : null;
    CaseTimeline.Event event = event(form, articleFrom);
    List<CaseTimeline.Event> after = new ArrayList<>(existing);
    after.add(event);
    CaseTimeline.State state = replay(aggregate, after, refs);
    aggregate.record(CaseEventRecord.of(event, actor.username(), actor.organisationId()));
    cases.save(aggregate);
    audit.record(
        AuditRecord.of("CASE_EVENT_RECORDED", "criminal-case", caseId)
            .withDetails(form.type() + " " + form.occurredOn()));
    publish(caseId, event, refs, before, state);
    return event.id();
  }

  /** The case's state after these events; a new event must leave it consistent. */
  private static CaseTimeline.State replay(
      CriminalCase c, List<CaseTimeline.Event> events, Map<UUID, CaseTimeline.ArticleRef> refs) {
    return CaseTimeline.replay(
        c.registeredOn(), c.initialArticleId(), c.defendantIds(), events, refs);
  }

  private CaseTimeline.Event event(EventForm form, UUID articleFrom) {
    return new CaseTimeline.Event(
        UUID.randomUUID(),
        form.type(),
        form.occurredOn(),
        Instant.now(clock),
        form.defendantId(),
        articleFrom,
        form.articleTo(),
        form.reason(),
        form.outcome(),
        form.months(),
        form.suspended(),
        form.fine(),
        form.amount(),
        form.country() == null ? null : form.country().toUpperCase(Locale.ROOT),
        form.note());
  }

  private void publish(
      UUID caseId,
      CaseTimeline.Event e,
      Map<UUID, CaseTimeline.ArticleRef> refs,
      CaseTimeline.State before,
      CaseTimeline.State after) {
    switch (e.type()) {
      case RECLASSIFIED ->
          events.publishEvent(
              new Events.CaseReclassified(
                  caseId,
                  refs.get(e.articleFrom()).code(),
                  refs.get(e.articleTo()).code(),
                  after.downgraded() && !before.downgraded(),
                  e.on()));
      case CLOSED ->
          events.publishEvent(
              new Events.CaseClosed(caseId, CloseReason.valueOf(e.reason()), e.on()));
      case REOPENED -> events.publishEvent(new Events.CaseReopened(caseId, e.on()));
      case SENT_TO_COURT -> events.publishEvent(new Events.CaseSentToCourt(caseId, e.on()));
      case VERDICT -> {
        if (VerdictOutcome.CONVICTED.name().equals(e.outcome())) {
          boolean official =
              records.defendants(caseId).stream()
                  .anyMatch(d -> d.id().equals(e.defendantId()) && d.publicOfficial());
          events.publishEvent(
              new Events.DefendantConvicted(caseId, e.defendantId(), official, e.on()));
        }
      }
      case SENTENCE ->
          events.publishEvent(
              new Events.SentenceImposed(
                  caseId, e.defendantId(), e.months(), Boolean.TRUE.equals(e.suspended()), e.on()));
      default -> {
        // the other events are read from the case itself
      }
    }
  }

  /** Codes that come as text from the form must name real values of their list. */
  private static void checkCodes(EventForm form) {
    try {
      switch (form.type()) {
        case CLOSED -> {
          if (form.reason() != null) {
            CloseReason.valueOf(form.reason());
          }
        }
        case VERDICT -> {
          if (form.outcome() != null) {
            VerdictOutcome.valueOf(form.outcome());
          }
        }
        case APPEAL -> {
          if (form.outcome() != null) {
            org.koldoo.justice.AppealOutcome.valueOf(form.outcome());
          }
        }
        default -> {}
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          form.type() == EventType.CLOSED ? "reason" : "outcome", "justice.unknownCode");
    }
    if (form.country() != null
        && !form.country().isBlank()
        && !Set.of(Locale.getISOCountries()).contains(form.country().toUpperCase(Locale.ROOT))) {
      throw new InvalidInput("country", "case.unknownCountry", form.country());
    }
  }
}
