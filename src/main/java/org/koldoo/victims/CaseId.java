package org.koldoo.victims;

import java.util.Objects;
import java.util.UUID;

/** Identifies a victim case; other modules refer to victims by this id (or the pseudonym) only. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
