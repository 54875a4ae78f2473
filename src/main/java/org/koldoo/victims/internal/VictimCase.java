package org.koldoo.victims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.Sex;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The root of a victim case: statistical fields in the clear, identity sealed. Its version guards
 * every edit of the person's details, so two people editing at once cannot overwrite each other.
 * Screenings, decisions, consents and returns are appended beside it by {@link CaseRecords}.
 */
@Table("victim_case")
class VictimCase {

  @Id private final UUID id;
  private UUID organisationId;
  private String caseNumber;
  private String pseudonym;
  private LocalDate registeredOn;
  private Sex sex;
  private Integer birthYear;
  private Integer estimatedAge;
  private String citizenships;
  private String region;
  private String vulnerabilityFactors;
  private Integer ageAtExploitation;
  private boolean child;
  private byte[] identityCiphertext;
  private byte[] photoCiphertext;
  private String nameIndex;
  private String birthDateIndex;
  private String documentIndex;
  private String guardianType;
  private byte[] guardianCiphertext;
  private LocalDate bestInterestsOn;
  private UUID bestInterestsBy;
  private byte[] bestInterestsCiphertext;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private Integer version;

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
    return c;
  }

  void describe(
      Sex sex,
      Integer birthYear,
      Integer estimatedAge,
      String citizenships,
      String region,
      String vulnerabilityFactors,
      Instant now) {
    this.sex = sex;
    this.birthYear = birthYear;
    this.estimatedAge = estimatedAge;
    this.citizenships = citizenships;
    this.region = region;
    this.vulnerabilityFactors = vulnerabilityFactors;
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

  void protectChild(
      String guardianType,
      byte[] guardian,
      LocalDate bestInterestsOn,
      UUID bestInterestsBy,
      byte[] bestInterests,
      Instant now) {
    this.guardianType = guardianType;
    this.guardianCiphertext = guardian;
    this.bestInterestsOn = bestInterestsOn;
    this.bestInterestsBy = bestInterestsBy;
    this.bestInterestsCiphertext = bestInterests;
    this.updatedAt = now;
  }

  /** Marks a change to the case so concurrent edits of it are detected. */
  void touch(Instant now) {
    this.updatedAt = now;
  }

  UUID id() {
    return id;
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

  Sex sex() {
    return sex;
  }

  Integer birthYear() {
    return birthYear;
  }

  Integer estimatedAge() {
    return estimatedAge;
  }

  String citizenships() {
    return citizenships;
  }

  String region() {
    return region;
  }

  String vulnerabilityFactors() {
    return vulnerabilityFactors;
  }

  boolean child() {
    return child;
  }

  Integer ageAtExploitation() {
    return ageAtExploitation;
  }

  byte[] identityCiphertext() {
    return identityCiphertext;
  }

  byte[] photoCiphertext() {
    return photoCiphertext;
  }

  String guardianType() {
    return guardianType;
  }

  byte[] guardianCiphertext() {
    return guardianCiphertext;
  }

  LocalDate bestInterestsOn() {
    return bestInterestsOn;
  }

  UUID bestInterestsBy() {
    return bestInterestsBy;
  }

  byte[] bestInterestsCiphertext() {
    return bestInterestsCiphertext;
  }

  Integer version() {
    return version;
  }

  /** The context bound into every ciphertext of this case. */
  String sealContext(String field) {
    return sealContext(id, field);
  }

  /**
   * What a sealed field of case {@code id} is bound to: it opens only as this field of this case.
   */
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
