package org.koldoo.prevention.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.prevention.LicenceStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.internal.AgencyForms.AgencyForm;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;
import org.springframework.stereotype.Component;

/**
 * The prevention registries from sheets: labour inspections, licensed employment agencies, training
 * events and awareness campaigns. Each row is the registry's own form, checked as the form is and
 * saved through the registry (audited there); a changed row under a known sheet ID replaces the
 * record it became.
 */
final class RegistryImports {

  private RegistryImports() {}

  /** What the four kinds share: one registry form a row, saved one record a row. */
  abstract static class Kind<F> extends FormImportKind<F> {

    Kind(String name, List<ImportColumn> columns, Validator validator, Role... roles) {
      super(name, columns, validator, roles);
    }

    Kind(String name, List<ImportColumn> columns, Validator validator, Collection<Role> roles) {
      super(name, columns, validator, roles);
    }

    /** The row as the registry's form (version null), before validation. */
    abstract F form(ImportRow row);

    /** Saves a new record (id null) or replaces an earlier one; the registry's own rules hold. */
    abstract UUID save(UUID id, F form);

    @Override
    public F read(ImportRow row) {
      return checked(row, form(row));
    }

    @Override
    public List<UUID> write(List<Keyed<F>> rows, Actor actor, UUID importId) {
      List<UUID> ids = new ArrayList<>(rows.size());
      for (Keyed<F> row : rows) {
        ids.add(save(row.existing(), row.command()));
      }
      return ids;
    }

    static Integer count(ImportRow row, String column) {
      Long value = row.integer(column);
      if (value != null && (value < 0 || value > 10_000_000)) {
        row.problem(column, "import.cell.integer", value);
        return null;
      }
      return value == null ? null : value.intValue();
    }
  }

  @Component
  static class Inspections extends Kind<InspectionForm> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.of("inspectedOn", "inspection.date", Type.DATE).mandatory(),
            ImportColumn.of("inspectingBody", "inspection.body", Type.ORGANISATION),
            ImportColumn.of("unannounced", "inspection.unannounced", Type.BOOLEAN),
            ImportColumn.text("establishment", "inspection.establishment", 200).mandatory(),
            ImportColumn.code("sector", "identification.sectors", Sector.class),
            ImportColumn.code("region", "person.region", Region.class),
            ImportColumn.code("siteType", "inspection.siteType", SiteType.class).mandatory(),
            ImportColumn.text("workersByNationality", "inspection.workers", 300),
            ImportColumn.codes("indicators", "inspection.indicators", Indicator.class),
            ImportColumn.of("referredToPolice", "inspection.referred", Type.BOOLEAN),
            ImportColumn.text("criminalCaseNumber", "inspection.caseNumber", 60),
            ImportColumn.text("note", "hotline.note", 1000));

    private final InspectionRegistry registry;

    Inspections(Validator validator, InspectionRegistry registry) {
      super("labour-inspections", COLUMNS, validator, PreventionPolicy.INSPECTION_RECORDERS);
      this.registry = registry;
    }

    @Override
    InspectionForm form(ImportRow row) {
      Actor actor = Actors.current();
      UUID body =
          row.organisation("inspectingBody") != null
              ? row.organisation("inspectingBody")
              : actor.organisationId();
      if (!PreventionPolicy.recordsFor(actor, body)) {
        row.problem("inspectingBody", "import.row.otherBody");
      }
      return new InspectionForm(
          row.date("inspectedOn"),
          body,
          Boolean.TRUE.equals(row.bool("unannounced")),
          row.text("establishment"),
          row.code("sector", Sector.class),
          row.code("region", Region.class),
          row.code("siteType", SiteType.class),
          row.text("workersByNationality"),
          row.codes("indicators", Indicator.class),
          Boolean.TRUE.equals(row.bool("referredToPolice")),
          row.text("criminalCaseNumber"),
          row.text("note"),
          null);
    }

    @Override
    UUID save(UUID id, InspectionForm f) {
      Integer version = id == null ? null : registry.inspectionForm(id).version();
      return registry.saveInspection(
          id,
          new InspectionForm(
              f.inspectedOn(),
              f.inspectingBody(),
              f.unannounced(),
              f.establishment(),
              f.sector(),
              f.region(),
              f.siteType(),
              f.workersByNationality(),
              f.indicators(),
              f.referredToPolice(),
              f.criminalCaseNumber(),
              f.note(),
              version));
    }
  }

  @Component
  static class Agencies extends Kind<AgencyForm> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("licenceNumber", "agency.licenceNumber", 40).mandatory(),
            ImportColumn.text("holder", "agency.holder", 200).mandatory(),
            ImportColumn.of("validFrom", "agency.validFrom", Type.DATE).mandatory(),
            ImportColumn.of("validTo", "agency.validTo", Type.DATE).mandatory(),
            ImportColumn.code("status", "agency.status", LicenceStatus.class).mandatory(),
            ImportColumn.of("destinationCountries", "agency.destinations", Type.COUNTRIES));

    private final AgencyRegistry registry;

    Agencies(Validator validator, AgencyRegistry registry) {
      super("agencies", COLUMNS, validator, Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);
      this.registry = registry;
    }

    @Override
    AgencyForm form(ImportRow row) {
      return new AgencyForm(
          row.text("licenceNumber"),
          row.text("holder"),
          row.date("validFrom"),
          row.date("validTo"),
          row.code("status", LicenceStatus.class),
          row.countries("destinationCountries"),
          null);
    }

    @Override
    UUID save(UUID id, AgencyForm f) {
      if (id == null) {
        return registry.add(f);
      }
      registry.update(
          id,
          new AgencyForm(
              f.licenceNumber(),
              f.holder(),
              f.validFrom(),
              f.validTo(),
              f.status(),
              f.destinationCountries(),
              registry.get(id).version()));
      return id;
    }
  }
}
