package org.koldoo.victims.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Code lists as a case stores them: without repeats, in name order (so the same choice is always
 * stored, compared and exported alike), null when nothing was chosen.
 */
final class CodeLists {

  private CodeLists() {}

  static <E extends Enum<E>> List<E> of(Collection<E> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream()
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted(Comparator.comparing(Enum::name))
            .toList();
  }

  /** ISO 3166 codes, upper case. */
  static List<String> countries(Collection<String> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream()
            .filter(java.util.Objects::nonNull)
            .map(v -> v.toUpperCase(Locale.ROOT))
            .distinct()
            .sorted()
            .toList();
  }

  static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  static <E extends Enum<E>> java.util.Set<E> toSet(Class<E> type, List<E> values) {
    java.util.Set<E> out = java.util.EnumSet.noneOf(type);
    if (values != null) {
      out.addAll(values);
    }
    return out;
  }
}
