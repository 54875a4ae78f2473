package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.ScreeningLocation;
import org.koldoo.victims.VulnerableGroup;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A screening of a case, a part of the {@link VictimCase} aggregate: where, which group, the
 * indicators seen, and whether they propose a presumed victim (the Delphi rule).
 */
@Table("victim_screening")
record Screening(
    @Id UUID id,
    LocalDate screenedOn,
    ScreeningLocation location,
    VulnerableGroup vulnerableGroup,
    List<Indicator> indicators,
    boolean proposesPresumed,
    UUID organisationId,
    String recordedBy) {}
