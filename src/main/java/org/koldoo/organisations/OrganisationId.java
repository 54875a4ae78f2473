package org.koldoo.organisations;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation; other modules refer to organisations by this id only. */
public record OrganisationId(UUID value) {

  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
