package org.koldoo.victims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ConsentWithdrawalReason;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.Indicator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The root of a victim case: statistical fields in the clear, identity sealed. Its version guards
 * every edit of the person's details, so two people editing at once cannot overwrite each other.
 * Its parts are the screenings, identification decisions, consents and returns recorded for it; the
 * rules that decide whether one may be added are here, and a refusal comes back as a value for the
 * caller to report.
 */
@Table("victim_case")
class VictimCase {

  @Id private final UUID id;
  private UUID organisationId;
  private String caseNumber;
  private String pseudonym;
  private LocalDate registeredOn;
  @Embedded.Empty private PersonFacts facts;
  private Integer ageAtExploitation;
  private boolean child;
  private byte[] identityCiphertext;
  private byte[] photoCiphertext;
  private String nameIndex;
  private String birthDateIndex;
  private String documentIndex;
  @Embedded.Empty private ChildProtection protection;
  @Embedded.Empty private CaseWorkState work = new CaseWorkState();
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private Integer version;
  @InsertOnlyProperty private boolean namePartsIndexed; // victim_name_part has them (NameParts)

  @MappedCollection(idColumn = "case_id")
  private Set<Screening> screenings = new HashSet<>();

  @MappedCollection(idColumn = "case_id")
  private Set<Identification> identifications = new HashSet<>();

  @MappedCollection(idColumn = "case_id")
  private Set<Consent> consents = new HashSet<>();

  @MappedCollection(idColumn = "case_id")
  private Set<CaseReturn> returns = new HashSet<>();

  @PersistenceCreator
  VictimCase(UUID id) {
    this.id = id;
  }

  static VictimCase register(
      UUID id,
      UUID organisationId,
      String caseNumber,
      String pseudonym,
      LocalDate registeredOn,
      String createdBy,
      Instant now) {
    VictimCase c = new VictimCase(id);
    c.organisationId = organisationId;
    c.caseNumber = caseNumber;
    c.pseudonym = pseudonym;
    c.registeredOn = registeredOn;
    c.createdBy = createdBy;
    c.createdAt = now;
    c.updatedAt = now;
    c.namePartsIndexed = true; // a registration writes the name parts in its own transaction
    return c;
  }

  void describe(PersonFacts facts, Instant now) {
    this.facts = facts;
    this.updatedAt = now;
  }

  void seal(byte[] identity, String nameIndex, String birthDateIndex, String documentIndex) {
    this.identityCiphertext = identity;
    this.nameIndex = nameIndex;
    this.birthDateIndex = birthDateIndex;
    this.documentIndex = documentIndex;
  }

  void sealPhoto(byte[] photo) {
    this.photoCiphertext = photo;
  }

  void age(Integer ageAtExploitation, boolean child) {
    this.ageAtExploitation = ageAtExploitation;
    this.child = child;
  }

  void protectChild(ChildProtection protection, Instant now) {
    this.protection = protection;
    this.updatedAt = now;
  }

  /** A screening; whether its indicators propose a presumed victim follows the Delphi rule. */
  Screening screen(
      LocalDate on,
      org.koldoo.victims.ScreeningLocation location,
      org.koldoo.victims.VulnerableGroup group,
      Set<Indicator> indicators,
      UUID organisation,
      String by) {
    Screening s = Screening.of(on, location, group, indicators, child, organisation, by);
    screenings.add(s);
    return s;
  }

  /** Adds a decision, unless its period is reversed or it names no form of exploitation. */
  Optional<Refusal> identify(Identification identification) {
    var decision = identification.decision();
    if (decision.exploitationFrom() != null
        && decision.exploitationTo() != null
        && decision.exploitationTo().isBefore(decision.exploitationFrom())) {
      return Refusal.of("exploitationTo", "case.periodReversed");
    }
    if (decision.exploitationFrom() != null
        && decision.exploitationFrom().isAfter(decision.decidedOn())) {
      return Refusal.of("exploitationFrom", "case.exploitationAfterDecision");
    }
    if (decision.status() != IdentificationStatus.NOT_A_VICTIM
        && decision.exploitationTypes() == null) {
      return Refusal.of("exploitationTypes", "case.exploitationTypeRequired");
    }
    identifications.add(identification);
    return Optional.empty();
  }

  /**
   * The day that fixes a person's age for the child rule: the earliest start of exploitation any
   * decision records, else the earliest decision, else registration.
   */
  LocalDate exploitationStart() {
    return identifications.stream()
        .map(i -> i.decision().exploitationFrom())
        .filter(java.util.Objects::nonNull)
        .min(LocalDate::compareTo)
        .or(() -> identifications.stream().map(Identification::decidedOn).min(LocalDate::compareTo))
        .orElse(registeredOn);
  }

  /**
   * Adds a consent, unless a child gives it without a guardian or one in force on {@code today}
   * already covers as long (a consent given for longer renews one about to lapse).
   */
  Optional<Refusal> consent(Consent consent, LocalDate today) {
    if (child && !consent.givenByGuardian()) {
      return Refusal.of("byGuardian", "consent.childNeedsGuardian");
    }
    if (consents.stream().anyMatch(k -> k.makesRedundant(consent, today))) {
      return Refusal.of("purpose", "consent.alreadyGiven");
    }
    consents.add(consent);
    return Optional.empty();
  }

  /** The consents in force on {@code today}, oldest first. */
  List<Consent> activeConsents(LocalDate today) {
    return consents.stream()
        .filter(k -> k.inForceOn(today))
        .sorted(java.util.Comparator.comparing(Consent::givenOn))
        .toList();
  }

  boolean consentActive(ConsentPurpose purpose, UUID organisation, LocalDate today) {
    return consents.stream().anyMatch(k -> k.covers(purpose, organisation, today));
  }

  /** Withdraws a consent still in force; empty when there is none with this id. */
  Optional<Consent> withdrawConsent(
      UUID consentId, LocalDate on, String by, ConsentWithdrawalReason why) {
    Optional<Consent> active =
        consents.stream().filter(k -> k.id().equals(consentId) && k.inForceOn(on)).findFirst();
    active.ifPresent(
        k -> {
          consents.remove(k);
          consents.add(k.withdrawn(on, by, why));
        });
    return active;
  }

  void recordReturn(CaseReturn step) {
    returns.add(step);
  }

  /** The case as a piece of work: whom it is given to, its follow-ups, its closure. */
  CaseWorkState work() {
    return work;
  }

  /** The latest decision's status (the latest day, then the greatest id), if any. */
  Optional<IdentificationStatus> status() {
    return identifications.stream()
        .max(
            java.util.Comparator.comparing(Identification::decidedOn)
                .thenComparing(i -> i.id().toString()))
        .map(i -> i.decision().status());
  }

  Set<Screening> screenings() {
    return java.util.Collections.unmodifiableSet(screenings);
  }

  Set<Identification> identifications() {
    return java.util.Collections.unmodifiableSet(identifications);
  }

  Set<CaseReturn> returns() {
    return java.util.Collections.unmodifiableSet(returns);
  }

  /** Marks a change to the case so concurrent edits of it are detected. */
  void touch(Instant now) {
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  PersonFacts facts() {
    return facts;
  }

  UUID organisationId() {
    return organisationId;
  }

  String caseNumber() {
    return caseNumber;
  }

  String pseudonym() {
    return pseudonym;
  }

  LocalDate registeredOn() {
    return registeredOn;
  }

  boolean child() {
    return child;
  }

  byte[] identityCiphertext() {
    return identityCiphertext;
  }

  byte[] photoCiphertext() {
    return photoCiphertext;
  }

  /** The day a best-interests determination was made, if one was. */
  LocalDate bestInterestsOn() {
    return protection == null ? null : protection.bestInterestsOn();
  }

  Integer version() {
    return version;
  }

  /** The context bound into every ciphertext of this case. */
  String sealContext(String field) {
    return sealContext(id, field);
  }

  /** What a sealed field of case {@code id} is bound to: it opens only as this field of it. */
  static String sealContext(UUID id, String field) {
    return "victim_case:" + id + ":" + field;
  }

  String nameIndex() {
    return nameIndex;
  }

  String birthDateIndex() {
    return birthDateIndex;
  }
}
