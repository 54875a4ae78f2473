package org.koldoo.victims.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koldoo.victims.Indicator;
import org.koldoo.victims.VulnerabilityFactor;

/** Reading stored code lists back, and grouping indicators for the screening form. */
final class VictimsCodes {

  private VictimsCodes() {}

  static Set<VulnerabilityFactor> vulnerabilities(String csv) {
    Set<VulnerabilityFactor> out = EnumSet.noneOf(VulnerabilityFactor.class);
    if (csv != null && !csv.isBlank()) {
      Arrays.stream(csv.split(",")).map(VulnerabilityFactor::valueOf).forEach(out::add);
    }
    return out;
  }

  static Map<Indicator.Dimension, List<Indicator>> indicatorsByDimension() {
    Map<Indicator.Dimension, List<Indicator>> groups = new LinkedHashMap<>();
    for (Indicator.Dimension d : Indicator.Dimension.values()) {
      groups.put(d, Arrays.stream(Indicator.values()).filter(i -> i.dimension() == d).toList());
    }
    return groups;
  }
}
