package org.koldoo.support;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.CaseSummary;

/** A victim case as its summary shows it to other modules and pages: number, pseudonym, owner. */
public final class CaseSummaries {

  private CaseSummaries() {}

  /** An adult's case registered on 2 March 2026, nothing identified yet. */
  public static CaseSummary of(UUID id, String number, String pseudonym, UUID organisation) {
    return new CaseSummary(
        id,
        number,
        pseudonym,
        organisation,
        LocalDate.of(2026, 3, 2),
        null,
        null,
        false,
        null,
        null,
        null);
  }
}
