package org.koldoo.imports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportKind;
import org.koldoo.imports.ImportRow;

/**
 * Reads a sheet against a kind: finds the header row (the one of the first twenty that names most
 * of the kind's columns, in any of the three languages), reads every cell by its column's type,
 * lets the kind read each row, and keys every row. Problems are told in {@code locale}.
 */
final class SheetParser {

  static final String SOURCE_ID = "sourceId";
  static final int MAX_KEY = 180;
  static final int MAX_PROBLEMS = 1000;
  static final int MAX_UNMATCHED = 60;
  static final int MAX_HEADER = 200;

  private static final ImportColumn ID_COLUMN =
      ImportColumn.text(SOURCE_ID, "import.sourceId", MAX_KEY);

  private final Vocabulary words;
  private final Locale locale;
  private final int thisYear;
  private final UnaryOperator<String> fingerprint;

  /**
   * @param fingerprint a row's keyed fingerprint from its canonical text (a row holds names: a
   *     plain hash of it could be checked against a guess)
   */
  SheetParser(Vocabulary words, Locale locale, int thisYear, UnaryOperator<String> fingerprint) {
    this.words = words;
    this.locale = locale;
    this.thisYear = thisYear;
    this.fingerprint = fingerprint;
  }

  /**
   * @param mapped the organisation's own headers (folded) and the column each was mapped to: they
   *     name their column before any word of Koldoo's does
   */
  <T> ParsedSheet<T> parse(ImportKind<T> kind, List<Sheet> sheets, Map<String, String> mapped) {
    List<ImportColumn> columns = new ArrayList<>(kind.columns());
    columns.add(ID_COLUMN);
    Map<String, ImportColumn> byWord = new HashMap<>();
    for (ImportColumn column : columns) {
      for (String word : words.headers(column)) {
        byWord.putIfAbsent(word, column);
      }
    }
    mapped.forEach(
        (header, name) ->
            columns.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .ifPresent(column -> byWord.put(header, column)));
    // the data are on the sheet whose header names most columns (an instructions sheet first,
    // or the data on the second, are both common); the first sheet wins a tie
    Sheet sheet = sheets.get(0);
    Sheet.Row header = header(sheet, byWord);
    for (Sheet other : sheets.subList(1, sheets.size())) {
      Sheet.Row candidate = header(other, byWord);
      if (candidate != null
          && (header == null || named(candidate, byWord) > named(header, byWord))) {
        sheet = other;
        header = candidate;
      }
    }
    List<RowProblem> problems = new ArrayList<>();
    if (header == null) {
      problems.add(problem(1, null, null, "import.file.noHeader"));
      return new ParsedSheet<>(List.of(), problems, problems.size(), 0, 0, List.of());
    }
    Map<Integer, ImportColumn> at = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      Object cell = header.cell(i);
      String text =
          cell == null ? "" : CellReader.textOf(cell).replaceAll("\\p{Cntrl}", " ").strip();
      ImportColumn column = byWord.get(Folding.fold(text));
      if (column != null && !at.containsValue(column)) {
        at.put(i, column);
      } else if (column == null
          && unmatched.size() < MAX_UNMATCHED
          && !text.isBlank()
          && text.length() <= MAX_HEADER) {
        unmatched.add(text); // whole, so that a mapping of it matches it again
      }
    }
    for (ImportColumn column : kind.columns()) {
      if (column.required() && !at.containsValue(column)) {
        problems.add(problem(header.number(), column, null, "import.file.missingColumn"));
      }
    }
    if (!problems.isEmpty()) {
      return new ParsedSheet<>(List.of(), problems, problems.size(), 0, 0, unmatched);
    }
    return rows(kind, sheet, header, at, problems, unmatched);
  }

  private <T> ParsedSheet<T> rows(
      ImportKind<T> kind,
      Sheet sheet,
      Sheet.Row header,
      Map<Integer, ImportColumn> at,
      List<RowProblem> problems,
      List<String> unmatched) {
    CellReader reader = new CellReader(words, thisYear);
    List<ImportColumn> columns = kind.columns();
    List<ParsedSheet.Prepared<T>> valid = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    int rows = 0;
    int invalid = 0;
    int totalProblems = 0;
    for (Sheet.Row raw : sheet.rows()) {
      if (raw.number() <= header.number() || raw.blank()) {
        continue;
      }
      rows++;
      Map<String, Object> values = new HashMap<>();
      ImportRow row = new ImportRow(raw.number(), values);
      Map<String, Object> cells = new HashMap<>();
      at.forEach(
          (index, column) -> {
            Object cell = raw.cell(index);
            cells.put(column.name(), cell);
            Object value = reader.read(column, cell, row);
            if (value != null) {
              values.put(column.name(), value);
            }
          });
      T command = row.problems().isEmpty() ? kind.read(row) : null;
      String key = null;
      String hash = null;
      if (row.problems().isEmpty()) {
        hash = hash(values, columns);
        key = key(values, hash, keys, raw.number(), row);
      }
      if (!row.problems().isEmpty() || command == null) {
        invalid++;
        if (row.problems().isEmpty()) {
          row.problem(null, "import.row.refused");
        }
        for (ImportRow.Problem p : row.problems()) {
          totalProblems++;
          if (problems.size() < MAX_PROBLEMS) {
            ImportColumn column = find(kind, p.column());
            Object cell = column == null ? null : cells.get(column.name());
            problems.add(problem(raw.number(), column, cell, p.messageKey(), p.arguments()));
          }
        }
        continue;
      }
      valid.add(new ParsedSheet.Prepared<>(raw.number(), key, hash, command));
    }
    return new ParsedSheet<>(valid, problems, totalProblems, rows, invalid, unmatched);
  }

  /** The row's key; a sheet ID used twice is a problem of the later row. */
  private static String key(
      Map<String, Object> values,
      String hash,
      Map<String, Integer> seen,
      int number,
      ImportRow row) {
    String id = (String) values.get(SOURCE_ID);
    String key;
    if (id != null) {
      key = "id:" + id;
      Integer first = seen.putIfAbsent(key, number);
      if (first != null) {
        row.problem(SOURCE_ID, "import.row.sameId", first);
        return null;
      }
      return key;
    }
    String base = "row:" + hash + ":";
    int occurrence = 1;
    while (seen.putIfAbsent(base + occurrence, number) != null) {
      occurrence++;
    }
    return base + occurrence;
  }

  private String hash(Map<String, Object> values, List<ImportColumn> columns) {
    StringBuilder canonical = new StringBuilder();
    for (ImportColumn column : columns) {
      Object value = values.get(column.name());
      if (value instanceof java.util.Collection<?> many) {
        TreeSet<String> sorted = new TreeSet<>();
        many.forEach(v -> sorted.add(String.valueOf(v)));
        value = String.join("|", sorted);
      }
      canonical.append(column.name()).append('=').append(value == null ? "" : value).append('\n');
    }
    return fingerprint.apply(canonical.toString());
  }

  private static ImportColumn find(ImportKind<?> kind, String name) {
    if (name == null) {
      return null;
    }
    if (name.equals(SOURCE_ID)) {
      return ID_COLUMN;
    }
    return kind.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  private static Sheet.Row header(Sheet sheet, Map<String, ImportColumn> byWord) {
    Sheet.Row best = null;
    int most = 0;
    for (Sheet.Row row : sheet.rows().subList(0, Math.min(20, sheet.rows().size()))) {
      int named = named(row, byWord);
      if (named > most) {
        most = named;
        best = row;
      }
    }
    return best;
  }

  /** How many of a row's cells name a column. */
  private static int named(Sheet.Row row, Map<String, ImportColumn> byWord) {
    int named = 0;
    for (Object cell : row.cells()) {
      if (cell != null && byWord.containsKey(Folding.fold(CellReader.textOf(cell)))) {
        named++;
      }
    }
    return named;
  }

  private RowProblem problem(
      int row, ImportColumn column, Object cell, String key, Object... arguments) {
    String header = column == null ? null : words.text(column.labelKey(), locale);
    // a cell refused for holding a telephone or document number is not kept either
    boolean hidden =
        column != null
            && (column.identity()
                || org.koldoo.platform.web.NoIdentifiers.class.getSimpleName().equals(key));
    String value = hidden || cell == null ? null : CellReader.shown(CellReader.textOf(cell));
    Object[] shown = arguments;
    if (hidden) {
      // what a cell of identity held is not repeated in the reason either («31.02.1985» is not a
      // date): problems are kept in the clear with the run and shown to whoever reads it
      shown = Arrays.stream(arguments).map(a -> a instanceof String ? HIDDEN : a).toArray();
    }
    return new RowProblem(row, header, value, words.message(key, shown, locale));
  }

  private static final String HIDDEN = "…";
}
