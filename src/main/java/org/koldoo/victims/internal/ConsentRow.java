package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ConsentWithdrawalReason;

/** A consent as listed on the case page and returned by the API. */
record ConsentRow(
    UUID id,
    ConsentPurpose purpose,
    UUID organisationId,
    LocalDate givenOn,
    boolean byGuardian,
    LocalDate withdrawnOn,
    LocalDate validUntil,
    ConsentWithdrawalReason withdrawalReason) {

  /** Whether it lapsed, not withdrawn, before {@code today}. */
  public boolean lapsedBy(LocalDate today) {
    return withdrawnOn == null && validUntil != null && validUntil.isBefore(today);
  }
}
