package org.koldoo.prevention.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Region;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.koldoo.prevention.internal.RegistryImports.Kind;
import org.springframework.stereotype.Component;

/** The national coordinator's registries from sheets: training events and awareness campaigns. */
final class OutreachImports {

  private OutreachImports() {}

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
      super("training-events", COLUMNS, validator, PreventionPolicy.REGISTER_KEEPERS);
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
    TrainingForm form(ImportRow row) {
      return new TrainingForm(
          row.date("heldOn"),
          row.text("topic"),
          row.text("organiser"),
          row.text("funder"),
          row.code("format", TrainingFormat.class),
          Kind.count(row, "police"),
          Kind.count(row, "prosecutors"),
          Kind.count(row, "judges"),
          Kind.count(row, "labourInspectors"),
          Kind.count(row, "socialWorkers"),
          Kind.count(row, "diplomats"),
          Kind.count(row, "peacekeepers"),
          Kind.count(row, "others"),
          Kind.count(row, "onlineCompletions"),
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
      super("campaigns", COLUMNS, validator, PreventionPolicy.REGISTER_KEEPERS);
      this.registry = registry;
    }

    @Override
    CampaignForm form(ImportRow row) {
      return new CampaignForm(
          row.text("name"),
          row.date("startsOn"),
          row.date("endsOn"),
          row.codes("regions", Region.class),
          row.codes("channels", CampaignChannel.class),
          Kind.count(row, "reach"),
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
