package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.victims.ReturnKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A step of return or reintegration, a part of the {@link VictimCase} aggregate. */
@Table("victim_return")
record CaseReturn(
    @Id UUID id,
    ReturnKind kind,
    LocalDate eventOn,
    String country,
    UUID organisationId,
    String outcome,
    String recordedBy) {}
