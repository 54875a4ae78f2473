package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.ConsentWithdrawalReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consent given for a case, a part of the {@link VictimCase} aggregate; withdrawn, it stays on
 * record with the day and the person who withdrew it. Given until a day ({@code validUntil}), it
 * lapses after that day by itself.
 */
@Table("victim_consent")
record Consent(
    @Id UUID id,
    ConsentPurpose purpose,
    UUID organisationId,
    LocalDate givenOn,
    boolean givenByGuardian,
    LocalDate withdrawnOn,
    String recordedBy,
    String withdrawnBy,
    LocalDate validUntil,
    ConsentWithdrawalReason withdrawalReason) {

  /** Whether the consent is in force on {@code day}: not withdrawn, and not lapsed. */
  boolean inForceOn(LocalDate day) {
    return withdrawnOn == null && (validUntil == null || !day.isAfter(validUntil));
  }

  /**
   * Whether this consent, in force on {@code day}, is for {@code purpose} (to {@code
   * organisation}).
   */
  boolean covers(ConsentPurpose purpose, UUID organisation, LocalDate day) {
    return inForceOn(day)
        && this.purpose == purpose
        && (organisation == null || organisation.equals(organisationId));
  }

  /** Whether this consent, in force on {@code day}, already covers all {@code later} would. */
  boolean makesRedundant(Consent later, LocalDate day) {
    return covers(later.purpose(), later.organisationId(), day) && outlasts(later);
  }

  /** Whether {@code later}, of the same purpose, reaches no further than this one does. */
  boolean outlasts(Consent later) {
    return validUntil == null
        || (later.validUntil() != null && !later.validUntil().isAfter(validUntil));
  }

  Consent withdrawn(LocalDate on, String by, ConsentWithdrawalReason why) {
    return new Consent(
        id, purpose, organisationId, givenOn, givenByGuardian, on, recordedBy, by, validUntil, why);
  }
}
