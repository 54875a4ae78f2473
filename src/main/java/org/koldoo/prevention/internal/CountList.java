package org.koldoo.prevention.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.koldoo.platform.web.InvalidInput;

/**
 * Counts by key as registries take them in one field, {@code CN:40, KG:12}: read, checked and
 * written back sorted and summed per key ({@code CN:40,KG:12}). Every key must be known, every
 * count a whole number from 0 to a million; the refusal names the field and the part at fault.
 */
final class CountList {

  private CountList() {}

  /**
   * The normalised list, or null for none.
   *
   * @param field the form field the text came from
   * @param known the keys allowed, upper case
   * @param unknownKey the message when a key is not known (its argument: the key)
   * @param formatKey the message when a part is not {@code KEY:count} (its argument: the part)
   */
  static String normalise(
      String text, String field, Set<String> known, String unknownKey, String formatKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String part : text.split(",")) {
      String[] kv = part.split(":");
      String key = kv[0].strip().toUpperCase(Locale.ROOT);
      if (!known.contains(key)) {
        throw new InvalidInput(field, unknownKey, key);
      }
      int count;
      try {
        count = kv.length == 2 ? Integer.parseInt(kv[1].strip()) : -1;
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 0 || count > 1_000_000) {
        throw new InvalidInput(field, formatKey, part.strip());
      }
      counts.merge(key, count, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
