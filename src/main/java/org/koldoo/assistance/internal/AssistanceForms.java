package org.koldoo.assistance.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.assistance.ServiceOutcome;
import org.koldoo.assistance.ServiceType;

final class AssistanceForms {

  private AssistanceForms() {}

  record ReferralForm(
      @NotNull UUID toOrganisationId,
      @NotNull ServiceType serviceType,
      @NotNull @PastOrPresent LocalDate sentOn) {}

  record DeclineForm(@NotNull @Size(min = 3, max = 500) String reason) {}

  record ServiceForm(
      UUID referralId,
      @NotNull ServiceType serviceType,
      @NotNull @PastOrPresent LocalDate startedOn,
      @PastOrPresent LocalDate endedOn,
      ServiceOutcome outcome,
      @Size(max = 4000) String notes) {}
}
