package org.koldoo.imports;

import java.util.List;

/**
 * One column of an import template.
 *
 * @param name the column's name in the kind (and in the template's English header row of keys)
 * @param labelKey message key of the header as the user reads it, in any of the three languages
 * @param type how a cell is read
 * @param required whether a row must fill it
 * @param maxLength the longest text accepted (for text columns, the database column's limit)
 * @param codes for code columns, the values a cell may name
 * @param identity whether the column holds identifying data: its values are never kept in a problem
 *     report
 */
public record ImportColumn(
    String name,
    String labelKey,
    Type type,
    boolean required,
    int maxLength,
    List<Choice> codes,
    boolean identity) {

  /** How a cell is read. */
  public enum Type {
    TEXT,
    DATE,
    DATE_TIME,
    INTEGER,
    BOOLEAN,
    CODE,
    CODES,
    COUNTRY,
    COUNTRIES,
    ORGANISATION
  }

  /** A value of a code column: what is stored, and the message key of its label. */
  public record Choice(String value, String labelKey) {}

  public ImportColumn {
    codes = codes == null ? List.of() : List.copyOf(codes);
  }

  public static ImportColumn text(String name, String labelKey, int maxLength) {
    return new ImportColumn(name, labelKey, Type.TEXT, false, maxLength, null, false);
  }

  public static ImportColumn of(String name, String labelKey, Type type) {
    return new ImportColumn(name, labelKey, type, false, 0, null, false);
  }

  public static <E extends Enum<E>> ImportColumn code(
      String name, String labelKey, Class<E> codes) {
    return new ImportColumn(name, labelKey, Type.CODE, false, 0, choices(codes), false);
  }

  public static <E extends Enum<E>> ImportColumn codes(
      String name, String labelKey, Class<E> codes) {
    return new ImportColumn(name, labelKey, Type.CODES, false, 0, choices(codes), false);
  }

  /** A code column of values that are not an enum, e.g. languages. */
  public static ImportColumn choice(String name, String labelKey, List<Choice> choices) {
    return new ImportColumn(name, labelKey, Type.CODE, false, 0, choices, false);
  }

  /** An enum's values, each labelled as the code lists label it. */
  public static <E extends Enum<E>> List<Choice> choices(Class<E> codes) {
    return java.util.Arrays.stream(codes.getEnumConstants())
        .map(c -> new Choice(c.name(), labelKey(c)))
        .toList();
  }

  /** The message key of a code value's label ({@code Type.VALUE}, or the value's own). */
  public static String labelKey(Enum<?> value) {
    if (value instanceof org.koldoo.platform.web.CodeList code) {
      return code.messageKey();
    }
    try {
      Object key = value.getClass().getMethod("messageKey").invoke(value);
      if (key instanceof String s) {
        return s;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // a plain enum: its label is named after the type
    }
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** The same column, which every row must fill (and every sheet must have). */
  public ImportColumn mandatory() {
    return new ImportColumn(name, labelKey, type, true, maxLength, codes, identity);
  }

  /** The same column, holding identifying data. */
  public ImportColumn identifying() {
    return new ImportColumn(name, labelKey, type, required, maxLength, codes, true);
  }

  /** The same code column offering only these values. */
  public ImportColumn only(java.util.Collection<? extends Enum<?>> values) {
    var names = values.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    return new ImportColumn(
        name,
        labelKey,
        type,
        required,
        maxLength,
        codes.stream().filter(c -> names.contains(c.value())).toList(),
        identity);
  }
}
