package org.koldoo.organisations.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Region;

/** What an administrator enters for an organisation, on the screen or through the API. */
record OrganisationForm(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
    @NotBlank @Size(max = 200) String nameEn,
    @NotBlank @Size(max = 200) String nameRu,
    @NotBlank @Size(max = 200) String nameKy,
    @NotNull OrganisationType type,
    @NotNull Region region,
    UUID parentId,
    boolean active) {

  static OrganisationForm empty() {
    return new OrganisationForm(null, null, null, null, null, Region.BISHKEK, null, true);
  }

  static OrganisationForm of(OrganisationSummary o) {
    return new OrganisationForm(
        o.code(),
        o.nameEn(),
        o.nameRu(),
        o.nameKy(),
        o.type(),
        o.region(),
        o.parentId(),
        o.active());
  }
}
