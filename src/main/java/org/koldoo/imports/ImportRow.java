package org.koldoo.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a sheet, its cells already read by their column's type: a kind turns it into its own
 * command and names, through {@link #problem}, what is wrong with it beyond the cells' types.
 */
public final class ImportRow {

  private final int number;
  private final Map<String, Object> values;
  private final List<Problem> problems = new ArrayList<>();

  /** A problem with a row: the column at fault (null for the whole row) and the message. */
  public record Problem(String column, String messageKey, Object[] arguments) {}

  public ImportRow(int number, Map<String, Object> values) {
    this.number = number;
    this.values = values;
  }

  /** The row's number as the spreadsheet shows it. */
  public int number() {
    return number;
  }

  /** Whether the row gives a value in this column. */
  public boolean has(String column) {
    return values.containsKey(column);
  }

  public String text(String column) {
    return (String) values.get(column);
  }

  public LocalDate date(String column) {
    return (LocalDate) values.get(column);
  }

  public LocalDateTime dateTime(String column) {
    return (LocalDateTime) values.get(column);
  }

  public Long integer(String column) {
    return (Long) values.get(column);
  }

  public Boolean bool(String column) {
    return (Boolean) values.get(column);
  }

  /** An organisation named by its code, as its id. */
  public UUID organisation(String column) {
    return (UUID) values.get(column);
  }

  /** The stored value a code column's cell names. */
  public String code(String column) {
    return (String) values.get(column);
  }

  public <E extends Enum<E>> E code(String column, Class<E> type) {
    String value = code(column);
    return value == null ? null : Enum.valueOf(type, value);
  }

  @SuppressWarnings("unchecked")
  public <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
    Object value = values.get(column);
    if (value == null) {
      return Set.of();
    }
    var set = java.util.EnumSet.noneOf(type);
    ((Set<String>) value).forEach(v -> set.add(Enum.valueOf(type, v)));
    return set;
  }

  /** An ISO 3166 alpha-2 code. */
  public String country(String column) {
    return (String) values.get(column);
  }

  @SuppressWarnings("unchecked")
  public Set<String> countries(String column) {
    Object value = values.get(column);
    return value == null ? Set.of() : (Set<String>) value;
  }

  /**
   * What the row gives in these columns, by column name, as read: a code by its stored value,
   * several codes or countries as a set. For a kind that reads a form by its components' names.
   */
  public Map<String, Object> values(List<ImportColumn> columns) {
    Map<String, Object> given = new LinkedHashMap<>();
    for (ImportColumn column : columns) {
      if (values.containsKey(column.name())) {
        given.put(column.name(), values.get(column.name()));
      }
    }
    return given;
  }

  /** Names a problem of this row, with the column at fault (null for the row as a whole). */
  public void problem(String column, String messageKey, Object... arguments) {
    problems.add(new Problem(column, messageKey, arguments));
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
