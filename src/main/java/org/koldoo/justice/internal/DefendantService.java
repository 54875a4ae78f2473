package org.koldoo.justice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.justice.internal.JusticeForms.DefendantForm;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.privacy.FieldCipher;
import org.springframework.transaction.annotation.Transactional;

/** Adds suspects and defendants to a case: identity sealed, age and citizenship checked. */
@org.springframework.stereotype.Service
class DefendantService {

  private final CriminalCaseRepository cases;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final Clock clock;
  private final JusticePolicy policy;
  private final CriminalCaseRecords records;

  DefendantService(
      CriminalCaseRepository cases,
      FieldCipher cipher,
      AuditTrail audit,
      Clock clock,
      JusticePolicy policy,
      CriminalCaseRecords records) {
    this.cases = cases;
    this.cipher = cipher;
    this.audit = audit;
    this.clock = clock;
    this.policy = policy;
    this.records = records;
  }

  @Transactional
  UUID addDefendant(UUID caseId, DefendantForm form) {
    Actor actor = JusticePolicy.requireRole(Role.INVESTIGATOR, Role.PROSECUTOR);
    policy.requireHandler(records.load(caseId));
    if (form.citizenship() != null
        && !form.citizenship().isBlank()
        && !Set.of(Locale.getISOCountries())
            .contains(form.citizenship().toUpperCase(Locale.ROOT))) {
      throw new InvalidInput("citizenship", "case.unknownCountry", form.citizenship());
    }
    if (form.publicOfficial() && (form.officialBody() == null || form.officialBody().isBlank())) {
      throw new InvalidInput("officialBody", "justice.officialBodyRequired");
    }
    Integer birthYear = birthYear(form);
    UUID id = UUID.randomUUID();
    CriminalCase c = cases.findById(caseId).orElseThrow();
    c.addDefendant(
        new CriminalCaseRecords.Defendant(
            id,
            cipher.encrypt(form.name().strip(), "defendant:" + id),
            form.sex() == null ? null : form.sex().name(),
            form.citizenship() == null || form.citizenship().isBlank()
                ? null
                : form.citizenship().toUpperCase(Locale.ROOT),
            form.publicOfficial(),
            form.officialBody(),
            form.birthDate(),
            birthYear,
            Instant.now(clock)));
    cases.save(c);
    audit.record(
        AuditRecord.of("DEFENDANT_ADDED", "criminal-case", caseId)
            .withDetails(form.publicOfficial() ? "public official" : null));
    return id;
  }

  /**
   * The defendant of a case whose name is this one (spacing and case aside), opened inside this
   * module for an imported event that names its defendant; empty when none or more than one is.
   */
  Optional<UUID> named(UUID caseId, String name) {
    String wanted = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    List<UUID> found =
        cases.findById(caseId).map(CriminalCase::defendants).orElse(List.of()).stream()
            .filter(
                d ->
                    cipher
                        .decrypt(d.sealed(), "defendant:" + d.id())
                        .strip()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(Locale.ROOT)
                        .equals(wanted))
            .map(CriminalCaseRecords.Defendant::id)
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The year of birth: the date's when a date is given (a different year beside it is refused),
   * else the year given alone, which must not lie ahead of Bishkek's today.
   */
  private Integer birthYear(DefendantForm form) {
    if (form.birthDate() != null) {
      if (form.birthYear() != null && form.birthYear() != form.birthDate().getYear()) {
        throw new InvalidInput("birthYear", "justice.birthYearMismatch", form.birthDate());
      }
      if (form.birthDate().getYear() < 1900) {
        throw new InvalidInput("birthDate", "justice.birthTooEarly");
      }
      return form.birthDate().getYear();
    }
    if (form.birthYear() != null && form.birthYear() > LocalDate.now(clock).getYear()) {
      throw new InvalidInput("birthYear", "justice.birthYearAhead", form.birthYear());
    }
    return form.birthYear();
  }
}
