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
    String recordedBy) {

  /**
   * A screening as recorded: a list sent with empty entries counts only what it names, and whether
   * it proposes a presumed victim follows the Delphi rule for an adult or a child.
   */
  static Screening of(
      java.time.LocalDate on,
      ScreeningLocation location,
      VulnerableGroup group,
      java.util.Set<Indicator> indicators,
      boolean child,
      UUID organisation,
      String by) {
    java.util.Set<Indicator> seen =
        indicators == null
            ? java.util.Set.of()
            : indicators.stream()
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    return new Screening(
        UUID.randomUUID(),
        on,
        location,
        group,
        java.util.Objects.requireNonNullElse(CodeLists.of(seen), List.of()),
        org.koldoo.victims.DelphiRule.proposesPresumedVictim(seen, child),
        organisation,
        by);
  }
}
