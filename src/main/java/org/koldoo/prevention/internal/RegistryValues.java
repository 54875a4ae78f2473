package org.koldoo.prevention.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.InvalidInput;

/** What every registry does with its values: empty counts, code lists, dates, writers, bodies. */
final class RegistryValues {

  private RegistryValues() {}

  /** A count left empty is none. */
  static int z(Integer count) {
    return count == null ? 0 : count;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  static String codes(Collection<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  /** Ids as a row keeps them: sorted, joined by commas (a meeting's bodies). */
  static String ids(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> enums(Class<E> type, String csv) {
    Set<E> out = EnumSet.noneOf(type);
    if (csv != null && !csv.isBlank()) {
      Arrays.stream(csv.split(",")).map(s -> Enum.valueOf(type, s)).forEach(out::add);
    }
    return out;
  }

  static LocalDate date(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
  }

  static int i(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).intValue();
  }

  static void organisation(Organisations organisations, UUID id, String field) {
    organisations.find(id).orElseThrow(() -> new InvalidInput(field, "case.unknownOrganisation"));
  }
}
