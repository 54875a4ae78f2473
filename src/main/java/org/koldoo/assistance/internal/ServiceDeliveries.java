package org.koldoo.assistance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.assistance.Events;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceOutcome;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.ServiceForm;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.assistance.internal.AssistanceViews.ServiceRow;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services delivered to a victim: who provided what and when, the notes sealed and shown only to
 * those who may read them, every reading audited.
 */
@Service
class ServiceDeliveries {

  private final JdbcClient jdbc;
  private final AssistancePolicy policy;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AssistanceService cases;

  ServiceDeliveries(
      JdbcClient jdbc,
      AssistancePolicy policy,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      AssistanceService cases) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.cases = cases;
  }

  @Transactional
  UUID recordService(UUID caseId, ServiceForm form) {
    CaseSummary c = cases.visibleCase(caseId);
    Actor actor = AssistancePolicy.requireCaseHandler();
    policy.requireMayRecordService(caseId);
    if (form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
      throw new InvalidInput("endedOn", "case.periodReversed");
    }
    if (form.startedOn().isBefore(c.registeredOn().minusYears(30))) {
      throw new InvalidInput("startedOn", "case.dateImplausible");
    }
    if (form.referralId() != null) {
      ReferralRow referral =
          cases.referrals(caseId).stream()
              .filter(r -> r.id().equals(form.referralId()))
              .findFirst()
              .orElseThrow(() -> new InvalidInput("referralId", "service.unknownReferral"));
      if (referral.status() != ReferralStatus.ACCEPTED
          || !AssistancePolicy.receives(actor, referral)) {
        throw new InvalidInput("referralId", "service.referralNotAccepted");
      }
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into service_delivery (id, case_id, referral_id, provider_id, service_type,
                started_on, ended_on, outcome, notes_ciphertext, recorded_by, recorded_at)
                values (:id, :c, :r, :p, :s, :start, :end, :out, :notes, :by, :at)
                """)
        .param("id", id)
        .param("c", caseId)
        .param("r", form.referralId())
        .param("p", actor.organisationId())
        .param("s", form.serviceType().name())
        .param("start", form.startedOn())
        .param("end", form.endedOn())
        .param(
            "out", form.outcome() == null ? ServiceOutcome.ONGOING.name() : form.outcome().name())
        .param(
            "notes",
            form.notes() == null || form.notes().isBlank()
                ? null
                : cipher.encrypt(form.notes().strip(), "service_delivery:" + id + ":notes"))
        .param("by", actor.username())
        .param("at", java.sql.Timestamp.from(Instant.now(clock)))
        .update();
    audit.record(
        AuditRecord.of("SERVICE_RECORDED", "service", id)
            .withDetails("case=" + caseId + " service=" + form.serviceType()));
    events.publishEvent(
        new Events.ServiceDelivered(
            id, caseId, actor.organisationId(), form.serviceType(), form.startedOn()));
    return id;
  }

  /** Services of a case; notes are opened, and the opening audited, only for those allowed. */
  @Transactional
  List<ServiceRow> services(UUID caseId) {
    CaseSummary c = cases.visibleCase(caseId);
    Actor actor = Actors.current();
    var readsNotes = policy.readsServiceNotes(actor, caseId, c.organisationId());
    List<ServiceRow> rows =
        jdbc.sql(
                """
                    select s.id, s.case_id, s.referral_id, s.provider_id, null as code,
                    s.service_type, s.started_on, s.ended_on, s.outcome, s.notes_ciphertext
                    from service_delivery s where s.case_id = :c order by s.started_on, s.id
                    """)
            .param("c", caseId)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject(1, UUID.class);
                  UUID provider = rs.getObject(4, UUID.class);
                  byte[] sealed = rs.getBytes(10);
                  boolean mayRead = sealed != null && readsNotes.test(provider);
                  return new ServiceRow(
                      id,
                      rs.getObject(2, UUID.class),
                      rs.getObject(3, UUID.class),
                      provider,
                      cases.code(provider),
                      ServiceType.valueOf(rs.getString(6)),
                      rs.getObject(7, LocalDate.class),
                      rs.getObject(8, LocalDate.class),
                      rs.getString(9) == null ? null : ServiceOutcome.valueOf(rs.getString(9)),
                      mayRead ? cipher.decrypt(sealed, "service_delivery:" + id + ":notes") : null,
                      sealed != null && !mayRead);
                })
            .list();
    if (rows.stream().anyMatch(r -> r.notes() != null)) {
      audit.record(
          AuditRecord.of("SERVICE_NOTES_VIEWED", "victim-case", caseId).withPurpose("case work"));
    }
    return rows;
  }
}
