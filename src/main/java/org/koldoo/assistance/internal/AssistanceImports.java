package org.koldoo.assistance.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.koldoo.assistance.ServiceOutcome;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.ReferralForm;
import org.koldoo.assistance.internal.AssistanceForms.ServiceForm;
import org.koldoo.imports.FormImportKind;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.victims.VictimCases;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Referrals and services from a crisis centre's sheets, each row naming its case by pseudonym or
 * case number. Each goes through the same service as the case page: the case must be one the
 * organisation may refer or serve, an adult's referral needs the consent, a child's the child
 * procedure. A row once imported is corrected on the case page, not by a later sheet.
 */
final class AssistanceImports {

  private AssistanceImports() {}

  private static final Role[] HANDLERS = {
    Role.CASE_WORKER,
    Role.INVESTIGATOR,
    Role.PROSECUTOR,
    Role.COURT_CLERK,
    Role.HOTLINE_OPERATOR,
    Role.LABOUR_INSPECTOR,
    Role.CONSULAR_OFFICER
  };

  /** A row's command with the case it is about. */
  record OnCase<F>(UUID caseId, F form) {}

  private static Optional<UUID> caseOf(VictimCases victims, ImportRow row) {
    String reference = row.text("case");
    Optional<UUID> id = victims.caseIdOfReference(reference);
    if (id.isEmpty() || !victims.visible(List.of(id.get())).contains(id.get())) {
      row.problem("case", "import.row.unknownVictimCase", reference);
      return Optional.empty();
    }
    return id;
  }

  /** Writes one record a row, a refusal of the case's rules set aside with its reason. */
  private interface Writer<F> {
    UUID write(UUID caseId, F form);
  }

  private static <F> List<UUID> writeAll(
      List<org.koldoo.imports.ImportKind.Keyed<OnCase<F>>> rows, Writer<F> writer) {
    List<UUID> ids = new ArrayList<>();
    for (var row : rows) {
      if (row.existing() != null) {
        throw new InvalidInput("case", "import.row.noUpdate");
      }
      try {
        ids.add(writer.write(row.command().caseId(), row.command().form()));
      } catch (AccessDeniedException notTheirs) {
        throw new InvalidInput("case", "import.row.notYourVictimCase");
      }
    }
    return ids;
  }

  @Component
  static class Referrals extends FormImportKind<OnCase<ReferralForm>> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("case", "import.caseReference", 40).mandatory(),
            ImportColumn.of("toOrganisationId", "referral.to", Type.ORGANISATION).mandatory(),
            ImportColumn.code("serviceType", "referral.service", ServiceType.class).mandatory(),
            ImportColumn.of("sentOn", "referral.sentOn", Type.DATE).mandatory());

    private final VictimCases victims;
    private final AssistanceService assistance;

    Referrals(Validator validator, VictimCases victims, AssistanceService assistance) {
      super("referrals", COLUMNS, validator, HANDLERS);
      this.victims = victims;
      this.assistance = assistance;
    }

    @Override
    public OnCase<ReferralForm> read(ImportRow row) {
      Optional<UUID> caseId = caseOf(victims, row);
      ReferralForm form =
          checked(
              row,
              new ReferralForm(
                  row.organisation("toOrganisationId"),
                  row.code("serviceType", ServiceType.class),
                  row.date("sentOn")));
      return caseId.isEmpty() || form == null ? null : new OnCase<>(caseId.get(), form);
    }

    @Override
    public List<UUID> write(List<Keyed<OnCase<ReferralForm>>> rows, Actor actor, UUID importId) {
      return writeAll(rows, assistance::send);
    }
  }

  @Component
  static class Services extends FormImportKind<OnCase<ServiceForm>> {

    private static final List<ImportColumn> COLUMNS =
        List.of(
            ImportColumn.text("case", "import.caseReference", 40).mandatory(),
            ImportColumn.code("serviceType", "referral.service", ServiceType.class).mandatory(),
            ImportColumn.of("startedOn", "service.startedOn", Type.DATE).mandatory(),
            ImportColumn.of("endedOn", "service.endedOn", Type.DATE),
            ImportColumn.code("outcome", "service.outcome", ServiceOutcome.class),
            ImportColumn.text("notes", "service.notes", 4000).identifying());

    private final VictimCases victims;
    private final ServiceDeliveries services;

    Services(Validator validator, VictimCases victims, ServiceDeliveries services) {
      super("services", COLUMNS, validator, HANDLERS);
      this.victims = victims;
      this.services = services;
    }

    @Override
    public OnCase<ServiceForm> read(ImportRow row) {
      Optional<UUID> caseId = caseOf(victims, row);
      ServiceForm form =
          checked(
              row,
              new ServiceForm(
                  null,
                  row.code("serviceType", ServiceType.class),
                  row.date("startedOn"),
                  row.date("endedOn"),
                  row.code("outcome", ServiceOutcome.class),
                  row.text("notes")));
      return caseId.isEmpty() || form == null ? null : new OnCase<>(caseId.get(), form);
    }

    @Override
    public List<UUID> write(List<Keyed<OnCase<ServiceForm>>> rows, Actor actor, UUID importId) {
      return writeAll(rows, services::recordService);
    }
  }
}
