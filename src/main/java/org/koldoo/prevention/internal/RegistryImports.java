package org.koldoo.prevention.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportKind;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.security.Role;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.LicenceStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.AgencyForms.AgencyForm;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
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

  /** What the four kinds share: reading through Bean Validation, writing one record a row. */
  abstract static class Kind<F> implements ImportKind<F> {

    private final Validator validator;

    Kind(Validator validator) {
      this.validator = validator;
    }

    /** The row as the registry's form (version null), before validation. */
    abstract F form(ImportRow row);

    /** Saves a new record (id null) or replaces an earlier one; the registry's own rules hold. */
    abstract UUID save(UUID id, F form);

    @Override
    public F read(ImportRow row) {
      F form = form(row);
      if (!row.problems().isEmpty()) {
        return null;
      }
      for (ConstraintViolation<F> v : validator.validate(form)) {
        row.problem(
            v.getPropertyPath().toString().replaceAll("\\[.*", ""),
            "import.cell.invalid",
            String.valueOf(v.getMessage()));
      }
      return row.problems().isEmpty() ? form : null;
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
      super(validator);
      this.registry = registry;
    }

    @Override
    public String name() {
      return "labour-inspections";
    }

    @Override
    public String labelKey() {
      return "import.kind.labour-inspections";
    }

    @Override
    public List<ImportColumn> columns() {
      return COLUMNS;
    }

    @Override
    public boolean mayImport(Actor actor) {
      return actor.hasAny(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);
    }

    @Override
    InspectionForm form(ImportRow row) {
      Actor actor = Actors.current();
      UUID body =
          row.organisation("inspectingBody") != null
              ? row.organisation("inspectingBody")
              : actor.organisationId();
      if (!actor.hasAny(Role.NATIONAL_COORDINATOR) && !body.equals(actor.organisationId())) {
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
      super(validator);
      this.registry = registry;
    }

    @Override
    public String name() {
      return "agencies";
    }

    @Override
    public String labelKey() {
      return "import.kind.agencies";
    }

    @Override
    public List<ImportColumn> columns() {
      return COLUMNS;
    }

    @Override
    public boolean mayImport(Actor actor) {
      return actor.hasAny(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);
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

  @Component
  static class Training extends Kind<TrainingForm> {

    private static final List<String> PROFESSIONS =
        List.of(
            "police",
            "prosecutors",
            "judges",
            "labourInspectors",
            "socialWorkers",
            "diplomats",
            "peacekeepers",
            "others",
            "onlineCompletions");

    private static final List<ImportColumn> COLUMNS = trainingColumns();

    private final TrainingRegistry registry;

    Training(Validator validator, TrainingRegistry registry) {
      super(validator);
      this.registry = registry;
    }

    private static List<ImportColumn> trainingColumns() {
      List<ImportColumn> columns = new ArrayList<>();
      columns.add(ImportColumn.of("heldOn", "inspection.date", Type.DATE).mandatory());
      columns.add(ImportColumn.text("topic", "training.topic", 300).mandatory());
      columns.add(ImportColumn.text("organiser", "training.organiser", 200).mandatory());
      columns.add(ImportColumn.text("funder", "training.funder", 200));
      columns.add(ImportColumn.code("format", "training.format", TrainingFormat.class).mandatory());
      for (String profession : PROFESSIONS) {
        columns.add(ImportColumn.of(profession, "training." + profession, Type.INTEGER));
      }
      columns.add(ImportColumn.text("participantsByOrganisation", "training.byOrganisation", 1000));
      return List.copyOf(columns);
    }

    @Override
    public String name() {
      return "training-events";
    }

    @Override
    public String labelKey() {
      return "import.kind.training-events";
    }

    @Override
    public List<ImportColumn> columns() {
      return COLUMNS;
    }

    @Override
    public boolean mayImport(Actor actor) {
      return actor.hasAny(Role.NATIONAL_COORDINATOR);
    }

    @Override
    TrainingForm form(ImportRow row) {
      return new TrainingForm(
          row.date("heldOn"),
          row.text("topic"),
          row.text("organiser"),
          row.text("funder"),
          row.code("format", TrainingFormat.class),
          count(row, "police"),
          count(row, "prosecutors"),
          count(row, "judges"),
          count(row, "labourInspectors"),
          count(row, "socialWorkers"),
          count(row, "diplomats"),
          count(row, "peacekeepers"),
          count(row, "others"),
          count(row, "onlineCompletions"),
          row.text("participantsByOrganisation"),
          null);
    }

    @Override
    UUID save(UUID id, TrainingForm f) {
      Integer version = id == null ? null : registry.trainingForm(id).version();
      return registry.saveTraining(
          id,
          new TrainingForm(
              f.heldOn(),
              f.topic(),
              f.organiser(),
              f.funder(),
              f.format(),
              f.police(),
              f.prosecutors(),
              f.judges(),
              f.labourInspectors(),
              f.socialWorkers(),
              f.diplomats(),
              f.peacekeepers(),
              f.others(),
              f.onlineCompletions(),
              f.participantsByOrganisation(),
              version));
    }
  }

  @Component
  static class Campaigns extends Kind<CampaignForm> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("name", "campaign.name", 200).mandatory(),
            ImportColumn.of("startsOn", "campaign.startsOn", Type.DATE).mandatory(),
            ImportColumn.of("endsOn", "campaign.endsOn", Type.DATE),
            ImportColumn.codes("regions", "campaign.regions", Region.class),
            ImportColumn.codes("channels", "campaign.channels", CampaignChannel.class),
            ImportColumn.of("reach", "campaign.reach", Type.INTEGER));

    private final OutreachRegistry registry;

    Campaigns(Validator validator, OutreachRegistry registry) {
      super(validator);
      this.registry = registry;
    }

    @Override
    public String name() {
      return "campaigns";
    }

    @Override
    public String labelKey() {
      return "import.kind.campaigns";
    }

    @Override
    public List<ImportColumn> columns() {
      return COLUMNS;
    }

    @Override
    public boolean mayImport(Actor actor) {
      return actor.hasAny(Role.NATIONAL_COORDINATOR);
    }

    @Override
    CampaignForm form(ImportRow row) {
      return new CampaignForm(
          row.text("name"),
          row.date("startsOn"),
          row.date("endsOn"),
          row.codes("regions", Region.class),
          row.codes("channels", CampaignChannel.class),
          count(row, "reach"),
          null);
    }

    @Override
    UUID save(UUID id, CampaignForm f) {
      Integer version = id == null ? null : registry.campaignForm(id).version();
      return registry.saveCampaign(
          id,
          new CampaignForm(
              f.name(), f.startsOn(), f.endsOn(), f.regions(), f.channels(), f.reach(), version));
    }
  }
}
