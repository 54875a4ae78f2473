package org.koldoo.prevention.internal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.prevention.CampaignChannel;
import org.koldoo.prevention.DemandActionKind;
import org.koldoo.prevention.HarassmentPerpetrator;
import org.koldoo.prevention.HarassmentTarget;
import org.koldoo.prevention.NapStatus;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.SopStage;
import org.koldoo.prevention.SupportKind;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.Sector;

/** What staff enter in the smaller prevention and coordination registries. */
final class RegistryForms {

  private RegistryForms() {}

  /**
   * @param workersByNationality workers met, as {@code KG:12, CN:40} (ISO country and count)
   */
  record InspectionForm(
      @NotNull @PastOrPresent LocalDate inspectedOn,
      @NotNull UUID inspectingBody,
      boolean unannounced,
      @NotBlank @Size(max = 200) String establishment,
      Sector sector,
      Region region,
      @NotNull SiteType siteType,
      @Size(max = 300)
          @Pattern(
              regexp =
                  "\\s*([A-Za-z]{2}\\s*:\\s*\\d{1,6}\\s*(,\\s*[A-Za-z]{2}\\s*:\\s*\\d{1,6}\\s*)*)?")
          String workersByNationality,
      Set<Indicator> indicators,
      boolean referredToPolice,
      @Size(max = 60) String criminalCaseNumber,
      @Size(max = 1000) @NoIdentifiers String note,
      Integer version) {}

  record TrainingForm(
      @NotNull @PastOrPresent LocalDate heldOn,
      @NotBlank @Size(max = 300) String topic,
      @NotBlank @Size(max = 200) String organiser,
      @Size(max = 200) String funder,
      @NotNull TrainingFormat format,
      @PositiveOrZero @Max(100000) Integer police,
      @PositiveOrZero @Max(100000) Integer prosecutors,
      @PositiveOrZero @Max(100000) Integer judges,
      @PositiveOrZero @Max(100000) Integer labourInspectors,
      @PositiveOrZero @Max(100000) Integer socialWorkers,
      @PositiveOrZero @Max(100000) Integer diplomats,
      @PositiveOrZero @Max(100000) Integer peacekeepers,
      @PositiveOrZero @Max(100000) Integer others,
      @PositiveOrZero @Max(10000000) Integer onlineCompletions,
      @Size(max = 1000)
          @Pattern(
              regexp =
                  "\\s*([A-Za-z0-9-]+\\s*:\\s*\\d{1,6}\\s*(,\\s*[A-Za-z0-9-]+\\s*:\\s*\\d{1,6}\\s*)*)?")
          String participantsByOrganisation,
      Integer version) {}

  record CampaignForm(
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate startsOn,
      LocalDate endsOn,
      Set<Region> regions,
      Set<CampaignChannel> channels,
      @PositiveOrZero Integer reach,
      Integer version) {}

  record MigrationServicesForm(
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd,
      @PositiveOrZero Integer preDepartureOrientations,
      @PositiveOrZero Integer consultations,
      @PositiveOrZero Integer peopleServed,
      Integer version) {}

  record SopForm(
      @NotNull UUID organisationId,
      @NotNull SopStage stage,
      @NotNull @PastOrPresent LocalDate reachedOn,
      Integer version) {}

  record MeetingForm(
      @NotNull @PastOrPresent LocalDate heldOn,
      Set<UUID> bodies,
      @Size(max = 4000) String decisions,
      Integer version) {}

  record NapForm(
      @NotBlank @Size(max = 20) String code,
      @NotBlank @Size(max = 400) String title,
      @NotNull UUID responsibleBody,
      @NotNull LocalDate deadline,
      @NotNull NapStatus status,
      @Size(max = 400) String indicator,
      @Size(max = 2000) String progress,
      Integer version) {}

  /** Government support to one NGO crisis centre for a period: money, or support in kind. */
  record SupportForm(
      @NotNull UUID centreId,
      @NotNull UUID funderId,
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd,
      @NotNull SupportKind kind,
      @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amountKgs,
      @Size(max = 1000) String description,
      Integer version) {}

  /** An action to reduce the demand for commercial sex. */
  record DemandActionForm(
      @NotNull @PastOrPresent LocalDate heldOn,
      @NotNull UUID organisationId,
      @NotNull DemandActionKind kind,
      @NotBlank @Size(max = 200) String title,
      @PositiveOrZero @Max(100_000_000) Integer reach,
      @Size(max = 2000) String description,
      Integer version) {}

  /** An incident of harassment of a labour union, an NGO or a worker who complained. */
  record HarassmentForm(
      @NotNull @PastOrPresent LocalDate reportedOn,
      @PastOrPresent LocalDate occurredOn,
      @NotNull HarassmentTarget target,
      @NotNull HarassmentPerpetrator perpetrator,
      Region region,
      Sector sector,
      boolean referredToPolice,
      @NotBlank @Size(max = 2000) @NoIdentifiers String description,
      Integer version) {}
}
