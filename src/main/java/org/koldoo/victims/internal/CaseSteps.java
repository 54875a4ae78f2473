package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.DelphiRule;
import org.koldoo.victims.Events;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.internal.CaseForms.ChildProtectionForm;
import org.koldoo.victims.internal.CaseForms.ConsentForm;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.ReturnForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NRM steps of a case: screening, identification, consent and its withdrawal, child protection,
 * return. Each checks who may take it, seals what identifies, is audited and announced, in one
 * transaction.
 */
@org.springframework.stereotype.Service
class CaseSteps {

  private final CaseRecords records;
  private final CaseGuard guard;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;

  CaseSteps(
      CaseRecords records,
      CaseGuard guard,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      Clock clock) {
    this.records = records;
    this.guard = guard;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  boolean recordScreening(UUID id, ScreeningForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_SCREENING);
    guard.plausible(c, form.screenedOn(), "screenedOn");
    var indicators =
        form.indicators() == null ? Set.<org.koldoo.victims.Indicator>of() : form.indicators();
    boolean proposes = DelphiRule.proposesPresumedVictim(indicators, c.child());
    jdbc.sql(
            """
                insert into victim_screening (id, case_id, screened_on, location, vulnerable_group,
                indicators, proposes_presumed, organisation_id, recorded_by) values
                (:id, :c, :on, :loc, :grp, :ind, :p, :org, :by)
                """)
        .param("id", UUID.randomUUID())
        .param("c", id)
        .param("on", form.screenedOn())
        .param("loc", form.location().name())
        .param("grp", form.vulnerableGroup().name())
        .param("ind", CaseGuard.nonNull(CaseRecords.codes(indicators)))
        .param("p", proposes)
        .param("org", viewer.organisationId())
        .param("by", viewer.username())
        .update();
    guard.touch(c);
    audit.record(
        AuditRecord.of("SCREENING_RECORDED", "victim-case", id)
            .withDetails("indicators=" + indicators.size() + " presumed=" + proposes));
    events.publishEvent(
        new Events.VictimScreened(id, viewer.organisationId(), form.screenedOn(), proposes));
    return proposes;
  }

  @Transactional
  void recordIdentification(UUID id, IdentificationForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_IDENTIFICATION);
    guard.plausible(c, form.decidedOn(), "decidedOn");
    OrganisationSummary decider =
        guard.activeOrganisation(form.decidingOrganisationId(), "decidingOrganisationId");
    if (form.exploitationFrom() != null
        && form.exploitationTo() != null
        && form.exploitationTo().isBefore(form.exploitationFrom())) {
      throw new InvalidInput("exploitationTo", "case.periodReversed");
    }
    if (form.exploitationFrom() != null && form.exploitationFrom().isAfter(form.decidedOn())) {
      throw new InvalidInput("exploitationFrom", "case.exploitationAfterDecision");
    }
    if (form.status() != IdentificationStatus.NOT_A_VICTIM
        && (form.exploitationTypes() == null || form.exploitationTypes().isEmpty())) {
      throw new InvalidInput("exploitationTypes", "case.exploitationTypeRequired");
    }
    CaseGuard.checkCountries("countriesOfRecruitment", form.countriesOfRecruitment());
    CaseGuard.checkCountries("countriesOfTransit", form.countriesOfTransit());
    CaseGuard.checkCountries("countriesOfExploitation", form.countriesOfExploitation());
    jdbc.sql(
            """
            insert into victim_identification (id, case_id, decided_on, status,
              deciding_organisation_id, exploitation_types, sectors, sexual_exploitation_types,
              means_of_control, recruitment_methods, recruitment_channel, recruiter_relation,
              countries_of_recruitment, countries_of_transit, countries_of_exploitation,
              exploitation_from, exploitation_to, recorded_by)
            values (:id, :c, :on, :status, :org, :types, :sectors, :sexual, :means, :methods,
              :channel, :relation, :cr, :ct, :ce, :from, :to, :by)
            """)
        .param("id", UUID.randomUUID())
        .param("c", id)
        .param("on", form.decidedOn())
        .param("status", form.status().name())
        .param("org", decider.id())
        .param("types", CaseRecords.codes(form.exploitationTypes()))
        .param("sectors", CaseRecords.codes(form.sectors()))
        .param("sexual", CaseRecords.codes(form.sexualExploitationTypes()))
        .param("means", CaseRecords.codes(form.meansOfControl()))
        .param("methods", CaseRecords.codes(form.recruitmentMethods()))
        .param(
            "channel", form.recruitmentChannel() == null ? null : form.recruitmentChannel().name())
        .param(
            "relation", form.recruiterRelation() == null ? null : form.recruiterRelation().name())
        .param("cr", CaseRecords.plain(form.countriesOfRecruitment()))
        .param("ct", CaseRecords.plain(form.countriesOfTransit()))
        .param("ce", CaseRecords.plain(form.countriesOfExploitation()))
        .param("from", form.exploitationFrom())
        .param("to", form.exploitationTo())
        .param("by", viewer.username())
        .update();
    Identity identity =
        Identity.parse(cipher.decrypt(c.identityCiphertext(), c.sealContext("identity")));
    guard.recomputeAge(c, identity.dateOfBirth());
    guard.touch(c);
    audit.record(
        AuditRecord.of("IDENTIFICATION_RECORDED", "victim-case", id)
            .withDetails("status=" + form.status() + " by=" + decider.code()));
    events.publishEvent(
        new Events.VictimIdentified(id, form.status(), decider.id(), form.decidedOn()));
  }

  @Transactional
  void giveConsent(UUID id, ConsentForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_CONSENT);
    guard.plausible(c, form.givenOn(), "givenOn");
    UUID organisation = null;
    if (form.purpose() == ConsentPurpose.SHARING_WITH_ORGANISATION
        || form.purpose() == ConsentPurpose.LAW_ENFORCEMENT_CONTACT) {
      // both name the body they open the case to; law enforcement is never opened wholesale
      if (form.organisationId() == null) {
        throw new InvalidInput("organisationId", "consent.organisationRequired");
      }
      OrganisationSummary named = guard.activeOrganisation(form.organisationId(), "organisationId");
      if (form.purpose() == ConsentPurpose.LAW_ENFORCEMENT_CONTACT && !named.type().isJustice()) {
        throw new InvalidInput("organisationId", "consent.notLawEnforcement");
      }
      organisation = named.id();
    }
    if (c.child() && !form.byGuardian()) {
      throw new InvalidInput("byGuardian", "consent.childNeedsGuardian");
    }
    if (records.consentActive(id, form.purpose(), organisation)) {
      throw new InvalidInput("purpose", "consent.alreadyGiven");
    }
    jdbc.sql(
            """
                insert into victim_consent (id, case_id, purpose, organisation_id, given_on,
                given_by_guardian, recorded_by) values (:id, :c, :p, :o, :on, :g, :by)
                """)
        .param("id", UUID.randomUUID())
        .param("c", id)
        .param("p", form.purpose().name())
        .param("o", organisation)
        .param("on", form.givenOn())
        .param("g", form.byGuardian())
        .param("by", viewer.username())
        .update();
    guard.touch(c);
    audit.record(
        AuditRecord.of("CONSENT_GIVEN", "victim-case", id)
            .withDetails(form.purpose() + (organisation == null ? "" : " to " + organisation)));
    events.publishEvent(new Events.ConsentChanged(id, form.purpose(), organisation, true));
  }

  /** Takes effect at once: every access the consent granted ends with it. */
  @Transactional
  void withdrawConsent(UUID id, UUID consentId) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_CONSENT);
    var consent =
        records.consents(id).stream()
            .filter(k -> k.id().equals(consentId) && k.withdrawnOn() == null)
            .findFirst()
            .orElseThrow(() -> new InvalidInput(null, "consent.notActive"));
    jdbc.sql("update victim_consent set withdrawn_on = :on, withdrawn_by = :by where id = :id")
        .param("on", LocalDate.now(clock))
        .param("by", viewer.username())
        .param("id", consentId)
        .update();
    guard.touch(c);
    audit.record(
        AuditRecord.of("CONSENT_WITHDRAWN", "victim-case", id)
            .withDetails(consent.purpose().name()));
    events.publishEvent(
        new Events.ConsentChanged(id, consent.purpose(), consent.organisationId(), false));
  }

  @Transactional
  void recordChildProtection(UUID id, ChildProtectionForm form) {
    VictimCase c = guard.load(id);
    guard.require(c, CaseAction.RECORD_CHILD_PROTECTION);
    if (!c.child()) {
      throw new InvalidInput("guardianType", "child.notAChild");
    }
    UUID by = null;
    if (form.bestInterestsOn() != null) {
      guard.plausible(c, form.bestInterestsOn(), "bestInterestsOn");
      if (form.bestInterestsBy() == null) {
        throw new InvalidInput("bestInterestsBy", "child.bestInterestsByRequired");
      }
      by = guard.activeOrganisation(form.bestInterestsBy(), "bestInterestsBy").id();
    }
    String guardian =
        CaseGuard.blank(form.guardianName()) && CaseGuard.blank(form.guardianContact())
            ? null
            : CaseGuard.nonNull(form.guardianName())
                + "\n"
                + CaseGuard.nonNull(form.guardianContact());
    c.protectChild(
        form.guardianType().name(),
        guardian == null ? null : cipher.encrypt(guardian, c.sealContext("guardian")),
        form.bestInterestsOn(),
        by,
        CaseGuard.blank(form.bestInterestsSummary())
            ? null
            : cipher.encrypt(form.bestInterestsSummary(), c.sealContext("best-interests")),
        Instant.now(clock));
    guard.save(c);
    audit.record(
        AuditRecord.of("CHILD_PROTECTION_RECORDED", "victim-case", id)
            .withDetails("guardian=" + form.guardianType() + " bid=" + form.bestInterestsOn()));
  }

  @Transactional
  void recordReturn(UUID id, ReturnForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_RETURN);
    guard.plausible(c, form.eventOn(), "eventOn");
    if (form.country() != null && !form.country().isBlank()) {
      CaseGuard.checkCountries("country", Set.of(form.country()));
    }
    jdbc.sql(
            """
                insert into victim_return (id, case_id, kind, event_on, country, organisation_id,
                outcome, recorded_by) values (:id, :c, :k, :on, :country, :org, :out, :by)
                """)
        .param("id", UUID.randomUUID())
        .param("c", id)
        .param("k", form.kind().name())
        .param("on", form.eventOn())
        .param(
            "country",
            CaseGuard.blank(form.country()) ? null : form.country().toUpperCase(Locale.ROOT))
        .param("org", viewer.organisationId())
        .param("out", form.outcome())
        .param("by", viewer.username())
        .update();
    guard.touch(c);
    audit.record(
        AuditRecord.of("RETURN_RECORDED", "victim-case", id).withDetails(form.kind().name()));
  }
}
