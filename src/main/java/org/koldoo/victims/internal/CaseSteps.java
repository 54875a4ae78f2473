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
import org.koldoo.victims.Events;
import org.koldoo.victims.internal.CaseForms.ChildProtectionForm;
import org.koldoo.victims.internal.CaseForms.ConsentForm;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.ReturnForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NRM steps of a case: screening, identification, consent and its withdrawal, child protection,
 * return. Each checks who may take it, seals what identifies, is audited and announced, in one
 * transaction.
 */
@org.springframework.stereotype.Service
class CaseSteps {

  private final CaseGuard guard;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseSteps(
      CaseGuard guard,
      FieldCipher cipher,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.guard = guard;
    this.cipher = cipher;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  boolean recordScreening(UUID id, ScreeningForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_SCREENING);
    guard.plausible(c, form.screenedOn(), "screenedOn");
    Screening s =
        c.screen(
            form.screenedOn(),
            form.location(),
            form.vulnerableGroup(),
            form.indicators(),
            viewer.organisationId(),
            viewer.username());
    guard.touch(c);
    audit.record(
        AuditRecord.of("SCREENING_RECORDED", "victim-case", id)
            .withDetails(
                "indicators=" + s.indicators().size() + " presumed=" + s.proposesPresumed()));
    events.publishEvent(
        new Events.VictimScreened(
            id, viewer.organisationId(), form.screenedOn(), s.proposesPresumed()));
    return s.proposesPresumed();
  }

  @Transactional
  void recordIdentification(UUID id, IdentificationForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_IDENTIFICATION);
    guard.plausible(c, form.decidedOn(), "decidedOn");
    OrganisationSummary decider =
        guard.activeOrganisation(form.decidingOrganisationId(), "decidingOrganisationId");
    CaseGuard.checkCountries("countriesOfRecruitment", form.countriesOfRecruitment());
    CaseGuard.checkCountries("countriesOfTransit", form.countriesOfTransit());
    CaseGuard.checkCountries("countriesOfExploitation", form.countriesOfExploitation());
    Refusal.report(c.identify(Identification.of(form, viewer.username())));
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

  /** A consent given for a time is given for at most this many years. */
  static final int MAX_VALIDITY_YEARS = 10;

  @Transactional
  void giveConsent(UUID id, ConsentForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_CONSENT);
    guard.plausible(c, form.givenOn(), "givenOn");
    LocalDate today = LocalDate.now(clock);
    if (form.validUntil() != null) {
      if (form.validUntil().isBefore(form.givenOn()) || form.validUntil().isBefore(today)) {
        throw new InvalidInput("validUntil", "consent.validUntilPast");
      }
      if (form.validUntil().isAfter(form.givenOn().plusYears(MAX_VALIDITY_YEARS))) {
        throw new InvalidInput("validUntil", "consent.validUntilTooFar", MAX_VALIDITY_YEARS);
      }
    }
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
    Refusal.report(
        c.consent(
            new Consent(
                UUID.randomUUID(),
                form.purpose(),
                organisation,
                form.givenOn(),
                form.byGuardian(),
                null,
                viewer.username(),
                null,
                form.validUntil(),
                null),
            today));
    guard.touch(c);
    audit.record(
        AuditRecord.of("CONSENT_GIVEN", "victim-case", id)
            .withDetails(form.purpose() + (organisation == null ? "" : " to " + organisation)));
    events.publishEvent(new Events.ConsentChanged(id, form.purpose(), organisation, true));
  }

  /**
   * Takes effect at once: every access the consent granted ends with it. Withdrawn on a day (today
   * when none is given: no earlier than it was given, no later than today) and why, as a code.
   */
  @Transactional
  void withdrawConsent(UUID id, UUID consentId, CaseForms.WithdrawalForm form) {
    VictimCase c = guard.load(id);
    Viewer viewer = guard.require(c, CaseAction.RECORD_CONSENT);
    LocalDate today = LocalDate.now(clock);
    LocalDate on = form == null || form.withdrawnOn() == null ? today : form.withdrawnOn();
    Consent inForce =
        c.activeConsents(today).stream()
            .filter(k -> k.id().equals(consentId))
            .findFirst()
            .orElseThrow(() -> new InvalidInput(null, "consent.notActive"));
    if (on.isAfter(today) || on.isBefore(inForce.givenOn())) {
      throw new InvalidInput("withdrawnOn", "consent.withdrawalDay");
    }
    Consent consent =
        c.withdrawConsent(consentId, on, viewer.username(), form == null ? null : form.reason())
            .orElseThrow(() -> new InvalidInput(null, "consent.notActive"));
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
        new ChildProtection(
            form.guardianType().name(),
            guardian == null ? null : cipher.encrypt(guardian, c.sealContext("guardian")),
            form.bestInterestsOn(),
            by,
            CaseGuard.blank(form.bestInterestsSummary())
                ? null
                : cipher.encrypt(form.bestInterestsSummary(), c.sealContext("best-interests"))),
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
    c.recordReturn(
        new CaseReturn(
            UUID.randomUUID(),
            form.kind(),
            form.eventOn(),
            CaseGuard.blank(form.country()) ? null : form.country().toUpperCase(Locale.ROOT),
            viewer.organisationId(),
            form.outcome(),
            viewer.username()));
    guard.touch(c);
    audit.record(
        AuditRecord.of("RETURN_RECORDED", "victim-case", id).withDetails(form.kind().name()));
  }
}
