package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.DelphiRule;
import org.koldoo.victims.Events;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.VictimCases;
import org.koldoo.victims.internal.CaseExceptions.CaseConflict;
import org.koldoo.victims.internal.CaseExceptions.CaseNotFound;
import org.koldoo.victims.internal.CaseForms.ChildProtectionForm;
import org.koldoo.victims.internal.CaseForms.ConsentForm;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.koldoo.victims.internal.CaseForms.ReturnForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a victim's case. Each write checks who may make it, seals identifying data, appends
 * to the audit trail and tells the other modules what happened — all in one transaction.
 */
@Service
class VictimCaseService implements VictimCases {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final VictimCaseRepository cases;
  private final CaseRecords records;
  private final CaseNumbers numbers;
  private final AccessPolicy policy;
  private final Viewers viewers;
  private final FieldCipher cipher;
  private final BlindIndex index;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonKeys personKeys;

  VictimCaseService(
      VictimCaseRepository cases,
      CaseRecords records,
      CaseNumbers numbers,
      AccessPolicy policy,
      Viewers viewers,
      FieldCipher cipher,
      BlindIndex index,
      Organisations organisations,
      AuditTrail audit,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      Clock clock,
      PersonKeys personKeys) {
    this.personKeys = personKeys;
    this.cases = cases;
    this.records = records;
    this.numbers = numbers;
    this.policy = policy;
    this.viewers = viewers;
    this.cipher = cipher;
    this.index = index;
    this.organisations = organisations;
    this.audit = audit;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Registered(UUID id, String caseNumber, String pseudonym) {}

  // ---- person -------------------------------------------------------------------------------

  @Transactional
  Registered register(PersonForm form) {
    Viewer viewer = viewers.current();
    if (viewer.organisationId() == null || !viewer.handlesCases()) {
      throw new AccessDeniedException("registering cases needs a case-handling role");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate registeredOn = form.registeredOn() == null ? today : form.registeredOn();
    checkPerson(form, registeredOn);
    UUID id = UUID.randomUUID();
    VictimCase c =
        VictimCase.register(
            id,
            viewer.organisationId(),
            numbers.next(viewer.organisationId(), registeredOn.getYear()),
            numbers.pseudonym(),
            registeredOn,
            viewer.username(),
            Instant.now(clock));
    apply(c, form);
    cases.save(c);
    personKeys.refresh(c.nameIndex(), c.birthDateIndex());
    audit.record(AuditRecord.of("CASE_REGISTERED", "victim-case", id).withDetails(c.caseNumber()));
    events.publishEvent(new Events.VictimRegistered(id, viewer.organisationId(), registeredOn));
    return new Registered(id, c.caseNumber(), c.pseudonym());
  }

  @Transactional
  void update(UUID id, PersonForm form) {
    VictimCase c = load(id);
    require(c, CaseAction.EDIT_PERSON);
    if (form.version() == null || !form.version().equals(c.version())) {
      throw CaseConflict.staleEdit();
    }
    checkPerson(form, c.registeredOn());
    String oldName = c.nameIndex();
    String oldDate = c.birthDateIndex();
    apply(c, form);
    try {
      cases.save(c);
    } catch (OptimisticLockingFailureException e) {
      throw CaseConflict.staleEdit();
    }
    personKeys.moved(oldName, oldDate, c.nameIndex(), c.birthDateIndex());
    audit.record(AuditRecord.of("CASE_UPDATED", "victim-case", id));
  }

  private void apply(VictimCase c, PersonForm form) {
    Identity identity = form.identity();
    c.describe(
        form.sex(),
        form.birthYear() != null
            ? form.birthYear()
            : form.dateOfBirth() == null ? null : form.dateOfBirth().getYear(),
        form.estimatedAge(),
        CaseRecords.plain(form.citizenships()),
        form.region() == null ? null : form.region().name(),
        CaseRecords.codes(form.vulnerabilityFactors()),
        Instant.now(clock));
    c.seal(
        cipher.encrypt(identity.serialise(), c.sealContext("identity")),
        index.name(identity.searchName()),
        index.date(identity.dateOfBirth()),
        index.document(identity.documentNumber()));
    recomputeAge(c, identity.dateOfBirth());
  }

  private void checkPerson(PersonForm form, LocalDate registeredOn) {
    Identity identity = form.identity();
    if (identity.fullName().isEmpty() && blank(identity.latinName())) {
      throw new InvalidInput("familyName", "case.nameRequired");
    }
    if (form.dateOfBirth() != null) {
      if (form.dateOfBirth().isAfter(registeredOn)) {
        throw new InvalidInput("dateOfBirth", "case.bornAfterRegistration");
      }
      if (form.dateOfBirth().getYear() < 1900) {
        throw new InvalidInput("dateOfBirth", "case.dateImplausible");
      }
      if (form.birthYear() != null && form.birthYear() != form.dateOfBirth().getYear()) {
        throw new InvalidInput("birthYear", "case.birthYearDiffers");
      }
    }
    if (form.birthYear() != null && form.birthYear() > registeredOn.getYear()) {
      throw new InvalidInput("birthYear", "case.bornAfterRegistration");
    }
    checkCountries("citizenships", form.citizenships());
  }

  /** Child status from age at the start of exploitation, else at identification or registration. */
  private void recomputeAge(VictimCase c, LocalDate dateOfBirth) {
    LocalDate reference = records.exploitationStart(c.id()).orElse(c.registeredOn());
    Integer age = null;
    if (dateOfBirth != null) {
      age = Period.between(dateOfBirth, reference).getYears();
    } else if (c.birthYear() != null) {
      age = reference.getYear() - c.birthYear();
    } else if (c.estimatedAge() != null) {
      age = c.estimatedAge() - (c.registeredOn().getYear() - reference.getYear());
    }
    c.age(age, age != null && age < 18);
  }

  // ---- identity ------------------------------------------------------------------------------

  /** The identity with guardian details, as revealed to someone allowed to see it. */
  record IdentityView(
      Identity identity,
      String guardianName,
      String guardianContact,
      String bestInterestsSummary,
      boolean breakGlass) {}

  /**
   * Reveals the identity. Allowed viewers give a purpose; others may break the glass with a reason,
   * which is flagged for the auditor. Every reveal is audited.
   */
  IdentityView revealIdentity(UUID id, String purpose, String breakGlassReason) {
    Viewer viewer = viewers.current();
    // the sealed identity and the viewer's relationship to the case, in one statement
    var sealed =
        records.sealed(id, viewer.organisationId()).orElseThrow(() -> CaseNotFound.forId(id));
    AccessPolicy.Rights rights =
        AccessPolicy.rights(viewer, sealed.owner(), sealed.child(), sealed.facts());
    if (rights.access() == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    boolean breakGlass = false;
    if (rights.access() != Access.IDENTITY) {
      if (blank(breakGlassReason) || !rights.breakGlass()) {
        throw new AccessDeniedException("identity not visible");
      }
      breakGlass = true;
    }
    Identity identity =
        Identity.parse(cipher.decrypt(sealed.identity(), VictimCase.sealContext(id, "identity")));
    String guardian = cipher.decrypt(sealed.guardian(), VictimCase.sealContext(id, "guardian"));
    String[] guardianParts = guardian == null ? new String[] {null, null} : guardian.split("\n", 2);
    String bestInterests =
        cipher.decrypt(sealed.bestInterests(), VictimCase.sealContext(id, "best-interests"));
    // audited before anything is returned, committed with the other reads of this moment
    audit.recordRead(
        AuditRecord.of(breakGlass ? "IDENTITY_BREAK_GLASS" : "IDENTITY_VIEWED", "victim-case", id)
            .withPurpose(
                breakGlass ? "BREAK-GLASS: " + breakGlassReason.strip() : purposeOrDefault(purpose))
            .withDetails(breakGlass ? "flagged for review" : null));
    return new IdentityView(
        identity,
        guardianParts[0],
        guardianParts.length > 1 ? guardianParts[1] : null,
        bestInterests,
        breakGlass);
  }

  /**
   * Exact search over blind indexes: name, date of birth or document number. Only cases whose
   * identity the caller may already see are returned; for everyone else the answer is the same as
   * no match, so a search never tells whether a person is registered. National roles, who never see
   * identities, may not search by identity at all.
   */
  @Transactional
  Set<UUID> searchIdentity(String name, LocalDate dateOfBirth, String document) {
    Viewer viewer = viewers.current();
    if (viewer.organisationId() == null || !viewer.handlesCases()) {
      throw new AccessDeniedException("identity search needs a case-handling role");
    }
    String nameIndex = blank(name) ? null : index.name(name);
    String dobIndex = index.date(dateOfBirth);
    String documentIndex = blank(document) ? null : index.document(document);
    if (nameIndex == null && dobIndex == null && documentIndex == null) {
      return Set.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("n", nameIndex);
    params.put("d", dobIndex);
    params.put("x", documentIndex);
    Set<UUID> visible =
        visibleAs(
            viewer,
            "(:n::text is null or c.name_index = :n)"
                + " and (:d::text is null or c.birth_date_index = :d)"
                + " and (:x::text is null or c.document_index = :x)",
            params,
            Access.IDENTITY);
    audit.record(
        AuditRecord.of("IDENTITY_SEARCHED", "victim-case", null)
            .withDetails("matches=" + visible.size()));
    return visible;
  }

  /** A photo is identifying data: JPEG or PNG, at most 2 MB, sealed like the rest. */
  @Transactional
  void attachPhoto(UUID id, byte[] image) {
    VictimCase c = load(id);
    require(c, CaseAction.EDIT_PERSON);
    if (image == null || image.length == 0 || image.length > 2 * 1024 * 1024) {
      throw new InvalidInput("photo", "photo.size");
    }
    boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
    boolean png = image.length > 8 && image[0] == (byte) 0x89 && image[1] == 'P' && image[2] == 'N';
    if (!jpeg && !png) {
      throw new InvalidInput("photo", "photo.type");
    }
    c.sealPhoto(cipher.seal(image, c.sealContext("photo")));
    touch(c);
    audit.record(AuditRecord.of("PHOTO_ATTACHED", "victim-case", id));
  }

  /** The photo, for those who may see the identity; every view audited. */
  @Transactional
  Optional<byte[]> photo(UUID id) {
    VictimCase c = load(id);
    if (access(c) != Access.IDENTITY) {
      throw new AccessDeniedException("the photo is part of the identity");
    }
    if (c.photoCiphertext() == null) {
      return Optional.empty();
    }
    audit.record(AuditRecord.of("PHOTO_VIEWED", "victim-case", id).withPurpose("case work"));
    return Optional.of(cipher.open(c.photoCiphertext(), c.sealContext("photo")));
  }

  // ---- steps -------------------------------------------------------------------------------

  @Transactional
  boolean recordScreening(UUID id, ScreeningForm form) {
    VictimCase c = load(id);
    Viewer viewer = require(c, CaseAction.RECORD_SCREENING);
    plausible(c, form.screenedOn(), "screenedOn");
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
        .param("ind", nonNull(CaseRecords.codes(indicators)))
        .param("p", proposes)
        .param("org", viewer.organisationId())
        .param("by", viewer.username())
        .update();
    touch(c);
    audit.record(
        AuditRecord.of("SCREENING_RECORDED", "victim-case", id)
            .withDetails("indicators=" + indicators.size() + " presumed=" + proposes));
    events.publishEvent(
        new Events.VictimScreened(id, viewer.organisationId(), form.screenedOn(), proposes));
    return proposes;
  }

  @Transactional
  void recordIdentification(UUID id, IdentificationForm form) {
    VictimCase c = load(id);
    Viewer viewer = require(c, CaseAction.RECORD_IDENTIFICATION);
    plausible(c, form.decidedOn(), "decidedOn");
    OrganisationSummary decider =
        activeOrganisation(form.decidingOrganisationId(), "decidingOrganisationId");
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
    checkCountries("countriesOfRecruitment", form.countriesOfRecruitment());
    checkCountries("countriesOfTransit", form.countriesOfTransit());
    checkCountries("countriesOfExploitation", form.countriesOfExploitation());
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
    recomputeAge(c, identity.dateOfBirth());
    touch(c);
    audit.record(
        AuditRecord.of("IDENTIFICATION_RECORDED", "victim-case", id)
            .withDetails("status=" + form.status() + " by=" + decider.code()));
    events.publishEvent(
        new Events.VictimIdentified(id, form.status(), decider.id(), form.decidedOn()));
  }

  @Transactional
  void giveConsent(UUID id, ConsentForm form) {
    VictimCase c = load(id);
    Viewer viewer = require(c, CaseAction.RECORD_CONSENT);
    plausible(c, form.givenOn(), "givenOn");
    UUID organisation = null;
    if (form.purpose() == ConsentPurpose.SHARING_WITH_ORGANISATION
        || form.purpose() == ConsentPurpose.LAW_ENFORCEMENT_CONTACT) {
      // both name the body they open the case to; law enforcement is never opened wholesale
      if (form.organisationId() == null) {
        throw new InvalidInput("organisationId", "consent.organisationRequired");
      }
      OrganisationSummary named = activeOrganisation(form.organisationId(), "organisationId");
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
    touch(c);
    audit.record(
        AuditRecord.of("CONSENT_GIVEN", "victim-case", id)
            .withDetails(form.purpose() + (organisation == null ? "" : " to " + organisation)));
    events.publishEvent(new Events.ConsentChanged(id, form.purpose(), organisation, true));
  }

  /** Takes effect at once: every access the consent granted ends with it. */
  @Transactional
  void withdrawConsent(UUID id, UUID consentId) {
    VictimCase c = load(id);
    Viewer viewer = require(c, CaseAction.RECORD_CONSENT);
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
    touch(c);
    audit.record(
        AuditRecord.of("CONSENT_WITHDRAWN", "victim-case", id)
            .withDetails(consent.purpose().name()));
    events.publishEvent(
        new Events.ConsentChanged(id, consent.purpose(), consent.organisationId(), false));
  }

  @Transactional
  void recordChildProtection(UUID id, ChildProtectionForm form) {
    VictimCase c = load(id);
    require(c, CaseAction.RECORD_CHILD_PROTECTION);
    if (!c.child()) {
      throw new InvalidInput("guardianType", "child.notAChild");
    }
    UUID by = null;
    if (form.bestInterestsOn() != null) {
      plausible(c, form.bestInterestsOn(), "bestInterestsOn");
      if (form.bestInterestsBy() == null) {
        throw new InvalidInput("bestInterestsBy", "child.bestInterestsByRequired");
      }
      by = activeOrganisation(form.bestInterestsBy(), "bestInterestsBy").id();
    }
    String guardian =
        blank(form.guardianName()) && blank(form.guardianContact())
            ? null
            : nonNull(form.guardianName()) + "\n" + nonNull(form.guardianContact());
    c.protectChild(
        form.guardianType().name(),
        guardian == null ? null : cipher.encrypt(guardian, c.sealContext("guardian")),
        form.bestInterestsOn(),
        by,
        blank(form.bestInterestsSummary())
            ? null
            : cipher.encrypt(form.bestInterestsSummary(), c.sealContext("best-interests")),
        Instant.now(clock));
    cases.save(c);
    audit.record(
        AuditRecord.of("CHILD_PROTECTION_RECORDED", "victim-case", id)
            .withDetails("guardian=" + form.guardianType() + " bid=" + form.bestInterestsOn()));
  }

  @Transactional
  void recordReturn(UUID id, ReturnForm form) {
    VictimCase c = load(id);
    Viewer viewer = require(c, CaseAction.RECORD_RETURN);
    plausible(c, form.eventOn(), "eventOn");
    if (form.country() != null && !form.country().isBlank()) {
      checkCountries("country", Set.of(form.country()));
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
        .param("country", blank(form.country()) ? null : form.country().toUpperCase(Locale.ROOT))
        .param("org", viewer.organisationId())
        .param("out", form.outcome())
        .param("by", viewer.username())
        .update();
    touch(c);
    audit.record(
        AuditRecord.of("RETURN_RECORDED", "victim-case", id).withDetails(form.kind().name()));
  }

  // ---- for other modules --------------------------------------------------------------------

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseSummary> find(UUID caseId) {
    return cases.findById(caseId).filter(c -> access(c) != Access.NONE).map(this::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, CaseSummary> find(java.util.Collection<UUID> caseIds) {
    Set<UUID> visible = visible(caseIds);
    Map<UUID, CaseSummary> found = new HashMap<>();
    List<UUID> ids = List.copyOf(visible);
    // in chunks: a statement takes at most 32,767 parameters
    for (int from = 0; from < ids.size(); from += 1000) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      Map<UUID, IdentificationStatus> statuses = records.latestStatuses(chunk);
      for (VictimCase c : cases.findAllById(chunk)) {
        found.put(c.id(), summary(c, statuses.get(c.id())));
      }
    }
    return found;
  }

  /** What the API shows of a case: read in one transaction, the access rules applied once. */
  record Detail(
      CaseSummary summary,
      int version,
      boolean identityVisible,
      java.util.List<CaseRecords.TimelineEntry> timeline,
      java.util.List<CaseRecords.ConsentRow> consents) {}

  Detail detail(UUID id) {
    Viewer viewer = viewers.current();
    var read = records.read(id, viewer.organisationId()).orElseThrow(() -> CaseNotFound.forId(id));
    AccessPolicy.Rights rights =
        AccessPolicy.rights(
            viewer, read.summary().organisationId(), read.summary().child(), read.facts());
    if (rights.access() == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    return new Detail(
        read.summary(),
        read.version(),
        rights.access() == Access.IDENTITY,
        read.timeline(),
        read.consents());
  }

  CaseSummary summary(VictimCase c) {
    return summary(c, records.latestStatus(c.id()).orElse(null));
  }

  private CaseSummary summary(VictimCase c, IdentificationStatus status) {
    return new CaseSummary(
        c.id(),
        c.caseNumber(),
        c.pseudonym(),
        c.organisationId(),
        c.registeredOn(),
        c.sex(),
        c.birthYear(),
        c.child(),
        status,
        c.citizenships(),
        c.region());
  }

  @Override
  @Transactional(readOnly = true)
  public ReferralPermission referralPermission(UUID caseId) {
    VictimCase c = load(caseId);
    if (!rights(c).may(CaseAction.SEND_REFERRAL)) {
      throw new AccessDeniedException("only the registering organisation refers the person");
    }
    if (c.child()) {
      return c.bestInterestsOn() != null
          ? new ReferralPermission(true, true, null)
          : new ReferralPermission(false, true, "referral.childNeedsBestInterests");
    }
    return records.consentActive(caseId, ConsentPurpose.REFERRAL, null)
        ? new ReferralPermission(true, false, null)
        : new ReferralPermission(false, false, "referral.needsConsent");
  }

  @Override
  @Transactional
  public void grantPendingReferral(UUID caseId, UUID organisation, UUID referralId) {
    records.addGrant(caseId, organisation, referralId, Instant.now(clock));
  }

  @Override
  @Transactional
  public void acceptReferral(UUID caseId, UUID referralId) {
    records.acceptGrant(caseId, referralId);
  }

  @Override
  @Transactional
  public void revokeReferral(UUID caseId, UUID referralId) {
    records.revokeGrant(caseId, referralId, Instant.now(clock));
  }

  @Override
  public Set<UUID> visible(java.util.Collection<UUID> caseIds) {
    return visibleAs(caseIds, Access.PSEUDONYMOUS);
  }

  @Override
  public Set<UUID> identitiesVisible(java.util.Collection<UUID> caseIds) {
    return visibleAs(caseIds, Access.IDENTITY);
  }

  /** Of these cases, those the current viewer sees at least at {@code level}. */
  private Set<UUID> visibleAs(java.util.Collection<UUID> caseIds, Access level) {
    Viewer viewer = viewers.current();
    List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(caseIds));
    Set<UUID> visible = new java.util.HashSet<>();
    // in chunks: a statement takes at most 32,767 parameters
    for (int from = 0; from < ids.size(); from += 1000) {
      visible.addAll(
          visibleAs(
              viewer,
              "c.id in (:ids)",
              Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000))),
              level));
    }
    return visible;
  }

  /** The cases a condition selects that the viewer sees at least at {@code level}, in one query. */
  private Set<UUID> visibleAs(Viewer viewer, String where, Map<String, ?> params, Access level) {
    Set<UUID> visible = new java.util.HashSet<>();
    for (var r : records.relations(where, params, viewer.organisationId())) {
      if (AccessPolicy.rights(viewer, r.owner(), r.child(), r.facts()).access().compareTo(level)
          >= 0) {
        visible.add(r.caseId());
      }
    }
    return visible;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean may(UUID caseId, CaseAction action) {
    return cases.findById(caseId).map(c -> rights(c).may(action)).orElse(false);
  }

  @Override
  @Transactional
  public Optional<org.koldoo.victims.ReviewIdentity> identityForReview(UUID caseId) {
    IdentityView view;
    try {
      // the one audited way to open an identity; never by break-glass (no reason is given)
      view = revealIdentity(caseId, "linkage review", null);
    } catch (AccessDeniedException | CaseNotFound e) {
      return Optional.empty();
    }
    Identity identity = view.identity();
    return Optional.of(
        new org.koldoo.victims.ReviewIdentity(
            identity.familyName(),
            identity.givenName(),
            identity.patronymic(),
            identity.latinName(),
            identity.dateOfBirth()));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean identityVisible(UUID caseId) {
    return cases.findById(caseId).map(c -> access(c) == Access.IDENTITY).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UUID> caseIdOfPseudonym(String pseudonym) {
    if (pseudonym == null || pseudonym.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("select id from victim_case where pseudonym = :p")
        .param("p", pseudonym.strip().toUpperCase(Locale.ROOT))
        .query(UUID.class)
        .optional();
  }

  @Override
  @Transactional
  public java.util.List<org.koldoo.victims.LinkageSubject> encodeForLinkage(
      byte[] runKey, String runId) {
    var encoder = new org.koldoo.privacy.clk.ClkEncoder(runKey);
    java.util.List<org.koldoo.victims.LinkageSubject> subjects = new java.util.ArrayList<>();
    for (VictimCase c : cases.findAll()) {
      Identity i =
          Identity.parse(cipher.decrypt(c.identityCiphertext(), c.sealContext("identity")));
      String given = i.givenName();
      String surname = i.familyName();
      if ((given == null || given.isBlank()) && (surname == null || surname.isBlank())) {
        // only a Latin spelling was recorded: its first word is taken as the given name (the
        // matcher compares the names crosswise too, so the order does not decide)
        String[] latin =
            i.latinName() == null ? new String[0] : i.latinName().strip().split("\\s+", 2);
        given = latin.length > 0 ? latin[0] : null;
        surname = latin.length > 1 ? latin[1] : null;
      }
      String born =
          i.dateOfBirth() != null
              ? i.dateOfBirth().toString()
              : c.birthYear() != null ? String.valueOf(c.birthYear()) : null;
      String citizenships = c.citizenships();
      String citizenship =
          citizenships == null || citizenships.isBlank() ? null : citizenships.split(",")[0];
      var encoded =
          org.koldoo.privacy.clk.PersonRecipe.encode(
              encoder,
              org.koldoo.privacy.clk.PersonRecipe.PERSON,
              new org.koldoo.privacy.clk.PersonRecipe.Person(
                  given,
                  surname,
                  i.patronymic(),
                  born,
                  c.sex() == null || c.sex() == org.koldoo.victims.Sex.UNKNOWN
                      ? null
                      : c.sex().name(),
                  citizenship,
                  c.region(),
                  i.address() == null
                      ? java.util.Map.of()
                      : java.util.Map.of("address", i.address())));
      subjects.add(
          new org.koldoo.victims.LinkageSubject(
              c.id(), c.pseudonym(), c.organisationId(), encoded.fields(), encoded.blockingKeys()));
    }
    audit.record(
        AuditRecord.of("LINKAGE_ENCODED", "linkage-run", runId)
            .withPurpose("cross-agency linkage")
            .withDetails("cases=" + subjects.size()));
    return subjects;
  }

  // ---- helpers ------------------------------------------------------------------------------

  Access access(VictimCase c) {
    return rights(c).access();
  }

  AccessPolicy.Rights rights(VictimCase c) {
    return policy.rights(viewers.current(), c.id(), c.organisationId(), c.child());
  }

  /** The case, or "not found" for anyone who may not see it at all. */
  VictimCase load(UUID id) {
    VictimCase c = cases.findById(id).orElseThrow(() -> CaseNotFound.forId(id));
    if (access(c) == Access.NONE) {
      throw CaseNotFound.forId(id);
    }
    return c;
  }

  private Viewer require(VictimCase c, CaseAction action) {
    Viewer viewer = viewers.current();
    if (!policy.rights(viewer, c.id(), c.organisationId(), c.child()).may(action)) {
      throw new AccessDeniedException("this viewer may not " + action + " on this case");
    }
    return viewer;
  }

  private void touch(VictimCase c) {
    c.touch(Instant.now(clock));
    cases.save(c);
  }

  /** Dates of a case's steps may precede its registration, but not by decades. */
  private void plausible(VictimCase c, LocalDate date, String field) {
    if (date != null && date.isBefore(c.registeredOn().minusYears(30))) {
      throw new InvalidInput(field, "case.dateImplausible");
    }
  }

  private OrganisationSummary activeOrganisation(UUID id, String field) {
    OrganisationSummary o =
        organisations
            .find(id)
            .orElseThrow(() -> new InvalidInput(field, "case.unknownOrganisation"));
    if (!o.active()) {
      throw new InvalidInput(field, "case.inactiveOrganisation");
    }
    return o;
  }

  private static void checkCountries(String field, Set<String> codes) {
    if (codes == null) {
      return;
    }
    for (String code : codes) {
      if (code == null || !COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
        throw new InvalidInput(field, "case.unknownCountry", code);
      }
    }
  }

  private static String purposeOrDefault(String purpose) {
    return blank(purpose) ? "case work" : purpose.strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
