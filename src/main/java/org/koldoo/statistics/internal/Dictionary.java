package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The values met in one breakdown, numbered in order of appearance. */
final class Dictionary {
  private final Map<String, int[]> codes = new HashMap<>();
  final List<String> names = new ArrayList<>();

  int[] codesOf(String value) {
    return codes.computeIfAbsent(
        value,
        v -> {
          names.add(v);
          return new int[] {names.size() - 1};
        });
  }

  /** A comma-separated list: each distinct value once; none is UNKNOWN. */
  int[] codesOfList(String list) {
    if (list == null || list.isEmpty()) {
      return codesOf("UNKNOWN");
    }
    return new LinkedHashSet<>(List.of(list.split(",", -1)))
        .stream().mapToInt(v -> codesOf(v)[0]).toArray();
  }
}
