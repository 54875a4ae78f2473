package org.koldoo.victims.internal;

import java.util.List;
import org.koldoo.victims.Sex;
import org.koldoo.victims.VulnerabilityFactor;

/**
 * What a case records about the person in the clear, for statistics and linkage: none of it
 * identifies on its own. Embedded in {@link VictimCase}; lists stored as arrays, in name order.
 */
record PersonFacts(
    Sex sex,
    Integer birthYear,
    Integer estimatedAge,
    List<String> citizenships,
    String region,
    List<VulnerabilityFactor> vulnerabilityFactors) {

  /** The first citizenship recorded, or null. */
  String firstCitizenship() {
    return citizenships == null || citizenships.isEmpty() ? null : citizenships.get(0);
  }
}
