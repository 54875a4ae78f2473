package org.koldoo.victims.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.victims.Indicator;

/** Grouping indicators by dimension for the screening form. */
final class VictimsCodes {

  private VictimsCodes() {}

  static Map<Indicator.Dimension, List<Indicator>> indicatorsByDimension() {
    Map<Indicator.Dimension, List<Indicator>> groups = new LinkedHashMap<>();
    for (Indicator.Dimension d : Indicator.Dimension.values()) {
      groups.put(d, Arrays.stream(Indicator.values()).filter(i -> i.dimension() == d).toList());
    }
    return groups;
  }
}
