package org.koldoo.victims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.BlindIndex;
import org.koldoo.privacy.FieldCipher;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.Events;
import org.koldoo.victims.internal.CaseExceptions.CaseConflict;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a person's case and corrects who they are: identity sealed, blind indexes refreshed.
 */
@org.springframework.stereotype.Service
class PersonService {

  private final VictimCaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseGuard guard;
  private final Viewers viewers;
  private final FieldCipher cipher;
  private final BlindIndex index;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PersonKeys personKeys;
  private final NameParts nameParts;

  PersonService(
      VictimCaseRepository cases,
      CaseNumbers numbers,
      CaseGuard guard,
      Viewers viewers,
      FieldCipher cipher,
      BlindIndex index,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      PersonKeys personKeys,
      NameParts nameParts) {
    this.cases = cases;
    this.numbers = numbers;
    this.guard = guard;
    this.viewers = viewers;
    this.cipher = cipher;
    this.index = index;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.personKeys = personKeys;
    this.nameParts = nameParts;
  }

  record Registered(UUID id, String caseNumber, String pseudonym) {}

  @Transactional
  Registered register(PersonForm form) {
    Viewer viewer = viewers.requireCaseHandler();
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
    nameParts.write(id, form.identity());
    personKeys.refresh(c.nameIndex(), c.birthDateIndex());
    audit.record(AuditRecord.of("CASE_REGISTERED", "victim-case", id).withDetails(c.caseNumber()));
    events.publishEvent(new Events.VictimRegistered(id, viewer.organisationId(), registeredOn));
    return new Registered(id, c.caseNumber(), c.pseudonym());
  }

  @Transactional
  void update(UUID id, PersonForm form) {
    VictimCase c = guard.load(id);
    guard.require(c, CaseAction.EDIT_PERSON);
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
    nameParts.write(id, form.identity());
    personKeys.moved(oldName, oldDate, c.nameIndex(), c.birthDateIndex());
    audit.record(AuditRecord.of("CASE_UPDATED", "victim-case", id));
  }

  /** The person's facts and sealed identity on the case, with the indexes and the age. */
  void apply(VictimCase c, PersonForm form) {
    Identity identity = form.identity();
    c.describe(
        new PersonFacts(
            form.sex(),
            form.birthYear() != null
                ? form.birthYear()
                : form.dateOfBirth() == null ? null : form.dateOfBirth().getYear(),
            form.estimatedAge(),
            CodeLists.countries(form.citizenships()),
            form.region() == null ? null : form.region().name(),
            CodeLists.of(form.vulnerabilityFactors())),
        Instant.now(clock));
    c.seal(
        cipher.encrypt(identity.serialise(), c.sealContext("identity")),
        index.name(identity.searchName()),
        index.date(identity.dateOfBirth()),
        index.document(identity.documentNumber()));
    guard.recomputeAge(c, identity.dateOfBirth());
  }

  /**
   * An imported row's person over the case as it stands: what the row gives replaces, what it
   * leaves empty keeps the case's value (a sheet never erases what was entered on a form), with the
   * case's version.
   */
  PersonForm mergedForImport(UUID id, PersonForm row) {
    VictimCase c = guard.load(id);
    Identity now =
        Identity.parse(cipher.decrypt(c.identityCiphertext(), c.sealContext("identity")));
    PersonFacts facts = c.facts();
    return new PersonForm(
        or(row.familyName(), now.familyName()),
        or(row.givenName(), now.givenName()),
        or(row.patronymic(), now.patronymic()),
        or(row.latinName(), now.latinName()),
        or(row.dateOfBirth(), now.dateOfBirth()),
        or(row.estimatedAge(), facts.estimatedAge()),
        or(row.documentNumber(), now.documentNumber()),
        or(row.documents(), now.documents()),
        or(row.contacts(), now.contacts()),
        or(row.address(), now.address()),
        or(row.notes(), now.notes()),
        or(row.sex(), facts.sex()),
        or(row.birthYear(), facts.birthYear()),
        row.citizenships() == null || row.citizenships().isEmpty()
            ? new java.util.LinkedHashSet<>(
                facts.citizenships() == null ? List.of() : facts.citizenships())
            : row.citizenships(),
        row.region() != null
            ? row.region()
            : facts.region() == null
                ? null
                : org.koldoo.organisations.Region.valueOf(facts.region()),
        row.vulnerabilityFactors() == null || row.vulnerabilityFactors().isEmpty()
            ? (facts.vulnerabilityFactors() == null || facts.vulnerabilityFactors().isEmpty()
                ? java.util.Set.of()
                : java.util.EnumSet.copyOf(facts.vulnerabilityFactors()))
            : row.vulnerabilityFactors(),
        c.registeredOn(),
        c.version());
  }

  private static <T> T or(T given, T kept) {
    return given == null ? kept : given;
  }

  /** The checks of a person, for the forms and for imported rows. */
  void checkPerson(PersonForm form, LocalDate registeredOn) {
    Identity identity = form.identity();
    if (identity.fullName().isEmpty() && CaseGuard.blank(identity.latinName())) {
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
    CaseGuard.checkCountries("citizenships", form.citizenships());
  }
}
