package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An identification decision, a part of the {@link VictimCase} aggregate: the decision as it was
 * entered (its columns are the form's components, code lists stored as arrays in name order) and
 * who recorded it.
 */
@Table("victim_identification")
record Identification(@Id UUID id, @Embedded.Empty IdentificationForm decision, String recordedBy) {

  /** The decision a form records, normalised as it is stored. */
  static Identification of(IdentificationForm form, String recordedBy) {
    return new Identification(UUID.randomUUID(), form.normalised(), recordedBy);
  }

  LocalDate decidedOn() {
    return decision.decidedOn();
  }
}
