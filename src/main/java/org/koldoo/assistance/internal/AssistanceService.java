package org.koldoo.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.ReferralForm;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.NotFoundException;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ReferralEvents;
import org.koldoo.victims.VictimCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals and services. A referral needs the victim's referral consent (for a child, the child
 * procedure); sending it lets the receiver see the case pseudonymously, accepting it lets the
 * receiver see the identity while the consent lasts. Service notes are NGO case notes: sealed, and
 * never shown to police, prosecutors or courts.
 */
@Service
class AssistanceService {

  private final JdbcClient jdbc;
  private final VictimCases victims;
  private final Organisations organisations;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AssistanceService(
      JdbcClient jdbc,
      VictimCases victims,
      Organisations organisations,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.victims = victims;
    this.organisations = organisations;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  UUID send(UUID caseId, ReferralForm form) {
    CaseSummary c = visibleCase(caseId);
    Actor actor = AssistancePolicy.requireCaseHandler();
    var permission = victims.referralPermission(caseId);
    if (!permission.allowed()) {
      throw new InvalidInput(null, permission.reasonKey());
    }
    if (form.toOrganisationId().equals(actor.organisationId())) {
      throw new InvalidInput("toOrganisationId", "referral.toSelf");
    }
    OrganisationSummary to =
        organisations
            .find(form.toOrganisationId())
            .filter(OrganisationSummary::active)
            .orElseThrow(() -> new InvalidInput("toOrganisationId", "case.unknownOrganisation"));
    if (form.sentOn().isBefore(c.registeredOn().minusYears(30))) {
      throw new InvalidInput("sentOn", "case.dateImplausible");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
                insert into referral (id, case_id, from_organisation, to_organisation, service_type,
                sent_on, status, child_procedure, sent_by) values (:id, :c, :f, :t, :s, :on,
                'SENT', :child, :by)
                """)
        .param("id", id)
        .param("c", caseId)
        .param("f", actor.organisationId())
        .param("t", to.id())
        .param("s", form.serviceType().name())
        .param("on", form.sentOn())
        .param("child", permission.childProcedure())
        .param("by", actor.username())
        .update();
    audit.record(
        AuditRecord.of("REFERRAL_SENT", "referral", id)
            .withDetails("case=" + caseId + " to=" + to.code() + " service=" + form.serviceType()));
    events.publishEvent(
        new ReferralEvents.Sent(
            id, caseId, actor.organisationId(), to.id(), form.serviceType().name(), form.sentOn()));
    return id;
  }

  @Transactional
  void accept(UUID referralId) {
    ReferralRow referral = incoming(referralId);
    LocalDate today = LocalDate.now(clock);
    respond(referral, ReferralStatus.ACCEPTED, null, today);
    audit.record(AuditRecord.of("REFERRAL_ACCEPTED", "referral", referralId));
    events.publishEvent(
        new ReferralEvents.Accepted(
            referralId,
            referral.caseId(),
            referral.toOrganisation(),
            referral.fromOrganisation(),
            today));
  }

  @Transactional
  void decline(UUID referralId, String reason) {
    ReferralRow referral = incoming(referralId);
    LocalDate today = LocalDate.now(clock);
    respond(referral, ReferralStatus.DECLINED, reason.strip(), today);
    audit.record(
        AuditRecord.of("REFERRAL_DECLINED", "referral", referralId).withDetails(reason.strip()));
    events.publishEvent(
        new ReferralEvents.Declined(
            referralId,
            referral.caseId(),
            referral.toOrganisation(),
            referral.fromOrganisation(),
            today,
            reason.strip()));
  }

  private void respond(ReferralRow referral, ReferralStatus status, String reason, LocalDate on) {
    int changed =
        jdbc.sql(
                """
                    update referral set status = :s, responded_on = :on, decline_reason = :r,
                    responded_by = :by, version = version + 1
                    where id = :id and status = 'SENT' and version = :v
                    """)
            .param("s", status.name())
            .param("on", on)
            .param("r", reason)
            .param("by", Actors.current().username())
            .param("id", referral.id())
            .param("v", referral.version())
            .update();
    if (changed == 0) {
      throw new AssistanceConflict("referral.alreadyAnswered");
    }
  }

  @Transactional(readOnly = true)
  List<ReferralRow> referrals(UUID caseId) {
    String pseudonym = visibleCase(caseId).pseudonym();
    return jdbc
        .sql("%s where r.case_id = :c order by r.sent_on, r.id".formatted(REFERRALS))
        .param("c", caseId)
        .query(this::referral)
        .list()
        .stream()
        .map(r -> r.named(pseudonym))
        .toList();
  }

  /** The rows with their cases' pseudonyms (kept by victims), in one query. */
  List<ReferralRow> named(List<ReferralRow> rows) {
    var pseudonyms =
        victims.pseudonyms(
            rows.stream().map(ReferralRow::caseId).collect(java.util.stream.Collectors.toSet()));
    return rows.stream().map(r -> r.named(pseudonyms.get(r.caseId()))).toList();
  }

  CaseSummary visibleCase(UUID caseId) {
    return victims.find(caseId).orElseThrow(() -> new CaseUnknown(caseId));
  }

  /** A referral the current person's organisation sent or received; empty for anyone else. */
  @Transactional(readOnly = true)
  java.util.Optional<ReferralRow> ownReferral(UUID referralId) {
    Actor actor = AssistancePolicy.requireCaseHandler();
    return jdbc.sql("%s where r.id = :id".formatted(REFERRALS))
        .param("id", referralId)
        .query(this::referral)
        .optional()
        .filter(r -> AssistancePolicy.isPartyTo(actor, r))
        .map(r -> r.named(victims.pseudonymOf(r.caseId()).orElse(null)));
  }

  private ReferralRow incoming(UUID referralId) {
    Actor actor = AssistancePolicy.requireCaseHandler();
    ReferralRow referral =
        jdbc.sql("%s where r.id = :id".formatted(REFERRALS))
            .param("id", referralId)
            .query(this::referral)
            .optional()
            .filter(r -> AssistancePolicy.receives(actor, r))
            .orElseThrow(() -> new ReferralUnknown(referralId));
    if (referral.status() != ReferralStatus.SENT) {
      throw new AssistanceConflict("referral.alreadyAnswered");
    }
    return referral;
  }

  /** An organisation's code, from the organisations module. */
  String code(UUID organisation) {
    return organisations.find(organisation).map(OrganisationSummary::code).orElse("?");
  }

  static final String REFERRALS =
      """
          select r.id, r.case_id, null as pseudonym, r.from_organisation, null as from_code,
          r.to_organisation, null as to_code, r.service_type, r.sent_on, r.status,
          r.responded_on, r.decline_reason, r.child_procedure, r.version from referral r
          """;

  ReferralRow referral(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    UUID from = rs.getObject(4, UUID.class);
    UUID to = rs.getObject(6, UUID.class);
    return new ReferralRow(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        from,
        code(from),
        to,
        code(to),
        ServiceType.valueOf(rs.getString(8)),
        rs.getObject(9, LocalDate.class),
        ReferralStatus.valueOf(rs.getString(10)),
        rs.getObject(11, LocalDate.class),
        rs.getString(12),
        rs.getBoolean(13),
        rs.getInt(14));
  }

  static final class CaseUnknown extends NotFoundException {
    CaseUnknown(UUID id) {
      super("case.notFound", id);
    }
  }

  static final class ReferralUnknown extends NotFoundException {
    ReferralUnknown(UUID id) {
      super("referral.notFound", id);
    }
  }

  static final class AssistanceConflict extends ConflictException {
    AssistanceConflict(String key) {
      super(null, key);
    }
  }
}
