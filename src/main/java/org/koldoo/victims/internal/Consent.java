package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.ConsentPurpose;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consent given for a case, a part of the {@link VictimCase} aggregate; withdrawn, it stays on
 * record with the day and the person who withdrew it.
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
    String withdrawnBy) {

  boolean active() {
    return withdrawnOn == null;
  }

  /** Whether this consent, still in force, is for {@code purpose} (to {@code organisation}). */
  boolean covers(ConsentPurpose purpose, UUID organisation) {
    return active()
        && this.purpose == purpose
        && (organisation == null || organisation.equals(organisationId));
  }

  Consent withdrawn(LocalDate on, String by) {
    return new Consent(id, purpose, organisationId, givenOn, givenByGuardian, on, recordedBy, by);
  }
}
