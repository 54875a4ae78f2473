package org.koldoo.prevention.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.koldoo.platform.web.NoIdentifiers;
import org.koldoo.prevention.FeeStage;
import org.koldoo.prevention.LicenceStatus;
import org.koldoo.prevention.ReportKind;

final class AgencyForms {

  private AgencyForms() {}

  record AgencyForm(
      @NotBlank @Size(max = 40) String licenceNumber,
      @NotBlank @Size(max = 200) String holder,
      @NotNull LocalDate validFrom,
      @NotNull LocalDate validTo,
      @NotNull LicenceStatus status,
      Set<@Size(min = 2, max = 2) String> destinationCountries,
      Integer version) {}

  record ReportForm(
      @NotNull ReportKind kind,
      @NotNull @PastOrPresent LocalDate receivedOn,
      @PositiveOrZero BigDecimal feeKgs,
      FeeStage feeStage,
      @Size(max = 2000) @NoIdentifiers String description) {}
}
