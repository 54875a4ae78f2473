package org.koldoo.victims.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.IdentificationStatus;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.RecruiterRelation;
import org.koldoo.victims.RecruitmentChannel;
import org.koldoo.victims.ScreeningLocation;
import org.koldoo.victims.Sector;
import org.koldoo.victims.Sex;
import org.koldoo.victims.VulnerabilityFactor;
import org.koldoo.victims.VulnerableGroup;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Victim cases from a sheet, one person a row: who the person is, and where the sheet has them, a
 * screening and an identification decision. Each row goes through the same services as the forms
 * (identity sealed, name and birth date indexed, every step audited and published), so an imported
 * case is in every way a registered one. A row changed later (same ID in the sheet) updates the
 * person and adds a screening or decision the case does not have yet.
 */
@Component
class VictimCaseImport extends FormImportKind<VictimCaseImport.Row> {

  private static final List<ImportColumn> PERSON_AND_SCREENING =
      List.of(
          ImportColumn.text("familyName", "person.familyName", 100).identifying(),
          ImportColumn.text("givenName", "person.givenName", 100).identifying(),
          ImportColumn.text("patronymic", "person.patronymic", 100).identifying(),
          ImportColumn.text("latinName", "person.latinName", 200).identifying(),
          ImportColumn.of("dateOfBirth", "person.dateOfBirth", Type.DATE).identifying(),
          ImportColumn.of("birthYear", "person.birthYear", Type.INTEGER),
          ImportColumn.of("estimatedAge", "person.estimatedAge", Type.INTEGER),
          ImportColumn.text("documentNumber", "person.documentNumber", 50).identifying(),
          ImportColumn.code("sex", "person.sex", Sex.class),
          ImportColumn.of("citizenships", "person.citizenships", Type.COUNTRIES),
          ImportColumn.code("region", "person.region", Region.class),
          ImportColumn.codes(
              "vulnerabilityFactors", "person.vulnerabilityFactors", VulnerabilityFactor.class),
          ImportColumn.of("registeredOn", "case.registeredOn", Type.DATE),
          ImportColumn.of("screenedOn", "screening.screenedOn", Type.DATE),
          ImportColumn.code("location", "screening.location", ScreeningLocation.class),
          ImportColumn.code("vulnerableGroup", "screening.vulnerableGroup", VulnerableGroup.class),
          ImportColumn.codes("indicators", "import.indicators", Indicator.class));

  /**
   * The identification decision's columns, each named as the component of {@link
   * IdentificationForm} it fills: the row is read into the form by those names, so a component the
   * sheet does not offer stays empty and a new one is offered by adding its column here.
   */
  private static final List<ImportColumn> DECISION =
      List.of(
          ImportColumn.of("decidedOn", "identification.decidedOn", Type.DATE),
          ImportColumn.code("status", "case.status", IdentificationStatus.class),
          ImportColumn.of(
              "decidingOrganisationId", "identification.decidingOrganisation", Type.ORGANISATION),
          ImportColumn.codes(
              "exploitationTypes", "identification.exploitationTypes", ExploitationType.class),
          ImportColumn.codes("sectors", "identification.sectors", Sector.class),
          ImportColumn.code(
              "recruitmentChannel", "identification.recruitmentChannel", RecruitmentChannel.class),
          ImportColumn.code(
              "recruiterRelation", "identification.recruiterRelation", RecruiterRelation.class),
          ImportColumn.of(
              "countriesOfRecruitment", "identification.countriesOfRecruitment", Type.COUNTRIES),
          ImportColumn.of(
              "countriesOfTransit", "identification.countriesOfTransit", Type.COUNTRIES),
          ImportColumn.of(
              "countriesOfExploitation", "identification.countriesOfExploitation", Type.COUNTRIES),
          ImportColumn.of("exploitationFrom", "identification.exploitationFrom", Type.DATE),
          ImportColumn.of("exploitationTo", "identification.exploitationTo", Type.DATE));

  private static final List<ImportColumn> COLUMNS =
      Stream.of(
              PERSON_AND_SCREENING,
              DECISION,
              // the registers' "ФИО" in one cell, instead of the three name columns
              List.of(ImportColumn.text("fullName", "import.fullName", 300).identifying()))
          .flatMap(List::stream)
          .toList();

  /**
   * Reads a row's decision into its form by the columns' names (the cells are typed already); a
   * column named as no component is an error, not a value silently dropped.
   */
  private static final JsonMapper FORMS =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** One row: the person, and the steps the sheet records (null where it records none). */
  record Row(PersonForm person, ScreeningForm screening, IdentificationForm identification) {}

  private final PersonService persons;
  private final CaseSteps steps;
  private final CaseGuard guard;
  private final Clock clock;
  private final CaseImportWriter writer;

  VictimCaseImport(
      PersonService persons,
      CaseSteps steps,
      CaseGuard guard,
      Validator validator,
      Clock clock,
      CaseImportWriter writer) {
    super("victim-cases", COLUMNS, validator);
    this.writer = writer;
    this.persons = persons;
    this.steps = steps;
    this.guard = guard;
    this.clock = clock;
  }

  @Override
  public boolean mayImport(Actor actor) {
    return actor.roles().stream().anyMatch(org.koldoo.platform.security.Role::handlesCases);
  }

  @Override
  public Row read(ImportRow row) {
    if (row.text("fullName") != null
        && (row.text("familyName") != null
            || row.text("givenName") != null
            || row.text("patronymic") != null)) {
      row.problem("fullName", "import.row.fullNameAndParts");
      return null;
    }
    PersonForm person = person(row);
    ScreeningForm screening = screening(row);
    IdentificationForm identification = identification(row);
    if (checked(row, person) == null
        || screening != null && checked(row, screening) == null
        || identification != null && checked(row, identification) == null) {
      return null;
    }
    LocalDate registeredOn =
        person.registeredOn() == null ? LocalDate.now(clock) : person.registeredOn();
    try {
      persons.checkPerson(person, registeredOn);
      if (identification != null) {
        guard.activeOrganisation(identification.decidingOrganisationId(), "decidingOrganisationId");
      }
    } catch (InvalidInput refused) {
      row.problem(refused.field(), refused.messageKey(), refused.arguments());
      return null;
    }
    return new Row(person, screening, identification);
  }

  @Override
  public List<UUID> write(List<Keyed<Row>> rows, Actor actor, UUID importId) {
    List<Row> fresh = rows.stream().filter(k -> k.existing() == null).map(Keyed::command).toList();
    java.util.Iterator<UUID> created =
        fresh.isEmpty()
            ? java.util.Collections.emptyIterator()
            : writer.registerAll(fresh, importId).iterator();
    List<UUID> ids = new ArrayList<>(rows.size());
    for (Keyed<Row> keyed : rows) {
      if (keyed.existing() == null) {
        ids.add(created.next());
        continue;
      }
      Row row = keyed.command();
      UUID id = keyed.existing();
      persons.update(id, persons.mergedForImport(id, row.person()));
      VictimCase c = guard.load(id);
      if (row.screening() != null
          && (c.screenings().stream()
              .noneMatch(s -> s.screenedOn().equals(row.screening().screenedOn())))) {
        steps.recordScreening(id, row.screening());
      }
      // a decision is kept as normalised (lists sorted, none chosen as null): compared so, the
      // one the case has already is not recorded again
      if (row.identification() != null
          && (c.identifications().stream()
              .noneMatch(i -> i.decision().equals(row.identification().normalised())))) {
        steps.recordIdentification(id, row.identification());
      }
      ids.add(id);
    }
    return ids;
  }

  private static PersonForm person(ImportRow row) {
    String[] name = nameParts(row);
    return new PersonForm(
        name[0],
        name[1],
        name[2],
        row.text("latinName"),
        row.date("dateOfBirth"),
        integer(row, "estimatedAge"),
        row.text("documentNumber"),
        null,
        null,
        null,
        null,
        row.code("sex", Sex.class),
        integer(row, "birthYear"),
        row.countries("citizenships"),
        row.code("region", Region.class),
        row.codes("vulnerabilityFactors", VulnerabilityFactor.class),
        row.date("registeredOn"),
        null);
  }

  /**
   * Family name, given name and patronymic: from their own columns, or from one full-name cell
   * written surname first ("Асанова Айгуль Бакытовна"), as Kyrgyz and Russian registers keep them;
   * what follows the given name is the patronymic ("кызы", "уулу" included).
   */
  static String[] nameParts(ImportRow row) {
    String full = row.text("fullName");
    if (full == null) {
      return new String[] {row.text("familyName"), row.text("givenName"), row.text("patronymic")};
    }
    String[] words = full.strip().split("\\s+", 3);
    return new String[] {
      words[0], words.length > 1 ? words[1] : null, words.length > 2 ? words[2] : null
    };
  }

  /** The screening the row records, or null when it records none. */
  private static ScreeningForm screening(ImportRow row) {
    if (any(row, "screenedOn", "location", "vulnerableGroup", "indicators")) {
      return new ScreeningForm(
          row.date("screenedOn"),
          row.code("location", ScreeningLocation.class),
          row.code("vulnerableGroup", VulnerableGroup.class),
          row.codes("indicators", Indicator.class));
    }
    return null;
  }

  /** The identification decision the row records, or null when it records none. */
  static IdentificationForm identification(ImportRow row) {
    Map<String, Object> given = row.values(DECISION);
    return given.isEmpty() ? null : FORMS.convertValue(given, IdentificationForm.class);
  }

  private static boolean any(ImportRow row, String... columns) {
    for (String column : columns) {
      if (row.has(column)) {
        return true;
      }
    }
    return false;
  }

  private static Integer integer(ImportRow row, String column) {
    Long value = row.integer(column);
    if (value == null) {
      return null;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      row.problem(column, "import.cell.integer", value);
      return null;
    }
    return value.intValue();
  }
}
