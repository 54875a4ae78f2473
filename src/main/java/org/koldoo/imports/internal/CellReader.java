package org.koldoo.imports.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportRow;

/**
 * Reads one cell by its column's type, for one import. Dates come as Excel writes them: a date
 * cell, a day number, {@code 2026-11-20}, {@code 20.11.2026} or {@code 20/11/2026}, with a time
 * where the column wants one; a day and month that could be read either way ({@code 03/04/2026})
 * are refused rather than guessed. A cell that cannot be read names its problem and gives null.
 */
final class CellReader {

  private static final Pattern SEPARATORS = Pattern.compile("\\s*[;,\\n]\\s*");

  /**
   * The longest cell that is not free text: a date, a number, a code or a list of codes. The
   * longest list people write (every exploitation type by its Kyrgyz label) is under 600
   * characters; a longer cell is a mistake, and splitting it costs the square of its blanks.
   */
  static final int MAX_VALUE = 1000;

  private static final Set<String> YES =
      Set.of("yes", "y", "true", "1", "x", "da", "ooba", "ova", "iya");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "net", "zhok", "zok");

  private final Vocabulary words;
  private final int thisYear;
  private Map<String, Object> organisations;
  private final Map<String, String> folds = new java.util.HashMap<>();
  private Set<String> yes;
  private Set<String> no;
  private final Map<ImportColumn, Map<String, Object>> codeWords =
      new java.util.IdentityHashMap<>();

  CellReader(Vocabulary words, int thisYear) {
    this.words = words;
    this.thisYear = thisYear;
  }

  /** The cell's value as the column's type wants it, or null (with a problem if not blank). */
  Object read(ImportColumn column, Object cell, ImportRow row) {
    if (cell instanceof String s) {
      if (s.indexOf('\0') >= 0) {
        row.problem(column.name(), "import.cell.control");
        return null;
      }
      cell = s.strip().isEmpty() ? null : s.strip();
    }
    if (cell == null) {
      if (column.required()) {
        row.problem(column.name(), "import.cell.required");
      }
      return null;
    }
    if (column.type() != ImportColumn.Type.TEXT && textOf(cell).length() > MAX_VALUE) {
      row.problem(column.name(), "import.cell.tooLong", MAX_VALUE);
      return null;
    }
    switch (column.type()) {
      case TEXT:
        String text = textOf(cell);
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
          row.problem(column.name(), "import.cell.tooLong", column.maxLength());
          return null;
        }
        return text;
      case DATE:
        LocalDateTime day = dateTime(column, cell, row);
        return day == null ? null : day.toLocalDate();
      case DATE_TIME:
        return dateTime(column, cell, row);
      case INTEGER:
        return integer(column, cell, row);
      case BOOLEAN:
        return bool(column, cell, row);
      case CODE:
        return code(column, textOf(cell), row);
      case CODES:
        return codes(column, textOf(cell), row);
      case COUNTRY:
        return country(column, textOf(cell), row);
      case COUNTRIES:
        return countries(column, textOf(cell), row);
      case ORGANISATION:
        return organisation(column, textOf(cell), row);
      default:
        throw new IllegalStateException("no reader for " + column.type());
    }
  }

  /** Several values of a code list in one cell, separated by ; or , or a line break. */
  private Set<String> codes(ImportColumn column, String cell, ImportRow row) {
    Set<String> codes = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(cell)) {
      String value = code(column, part, row);
      if (value == null) {
        return null;
      }
      codes.add(value);
    }
    return codes;
  }

  private Set<String> countries(ImportColumn column, String cell, ImportRow row) {
    Set<String> countries = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(cell)) {
      String code = country(column, part, row);
      if (code == null) {
        return null;
      }
      countries.add(code);
    }
    return countries;
  }

  private UUID organisation(ImportColumn column, String cell, ImportRow row) {
    if (organisations == null) {
      organisations = words.organisations();
    }
    Object id = organisations.get(folded(cell));
    if (id instanceof UUID uuid) {
      return uuid;
    }
    row.problem(column.name(), "import.cell.organisation", shown(cell));
    return null;
  }

  /** The cell folded for a lookup; sheets repeat their values, so each is folded once. */
  private String folded(String cell) {
    if (folds.size() > 50_000) {
      folds.clear();
    }
    return folds.computeIfAbsent(cell, Folding::fold);
  }

  static String textOf(Object cell) {
    if (cell instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString(d.longValue())
          : Double.toString(d);
    }
    if (cell instanceof LocalDateTime t) {
      return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
    return String.valueOf(cell);
  }

  /** A value as a problem report may show it: short, on one line. */
  static String shown(String value) {
    String line = value.replaceAll("\\p{Cntrl}", " ");
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }

  private String code(ImportColumn column, String cell, ImportRow row) {
    Object found = codeWords.computeIfAbsent(column, words::codeWords).get(folded(cell));
    var value =
        found instanceof String named
            ? java.util.Optional.of(named)
            : java.util.Optional.<String>empty();
    if (value.isEmpty()) {
      row.problem(column.name(), "import.cell.code", shown(cell));
      return null;
    }
    return value.get();
  }

  private String country(ImportColumn column, String cell, ImportRow row) {
    var code = words.countryOfFolded(folded(cell));
    if (code.isEmpty()) {
      row.problem(column.name(), "import.cell.country", shown(cell));
      return null;
    }
    return code.get();
  }

  private Long integer(ImportColumn column, Object cell, ImportRow row) {
    if (cell instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e12) {
        return d.longValue();
      }
    } else if (cell instanceof String s) {
      String digits = s.replaceAll("[\\s\u00A0\u202F]", "");
      if (digits.matches("-?\\d{1,12}")) {
        return Long.parseLong(digits);
      }
    }
    row.problem(column.name(), "import.cell.integer", shown(textOf(cell)));
    return null;
  }

  private Boolean bool(ImportColumn column, Object cell, ImportRow row) {
    if (cell instanceof Boolean b) {
      return b;
    }
    // marks that folding would erase: a tick or a plus for yes, a dash for no
    String mark = textOf(cell).strip();
    if (Set.of("+", "✓", "✔", "☑", "v", "V").contains(mark)) {
      return true;
    }
    if (Set.of("-", "–", "—").contains(mark)) {
      return false;
    }
    String word = folded(mark);
    if (yes == null) {
      yes = new java.util.HashSet<>(YES);
      no = new java.util.HashSet<>(NO);
      for (Locale locale : Vocabulary.LANGUAGES) {
        yes.add(Folding.fold(words.text("import.yes", locale)));
        no.add(Folding.fold(words.text("import.no", locale)));
      }
    }
    if (yes.contains(word)) {
      return true;
    }
    if (no.contains(word)) {
      return false;
    }
    row.problem(column.name(), "import.cell.boolean", shown(textOf(cell)));
    return null;
  }

  private LocalDateTime dateTime(ImportColumn column, Object cell, ImportRow row) {
    if (cell instanceof LocalDateTime t) {
      return t;
    }
    if (cell instanceof Double serial) {
      // a day number Excel did not format as a date: 1 is 1 January 1900
      if (serial >= 1 && serial < 2_958_466) {
        return DateUtil.getLocalDateTime(serial);
      }
    } else if (cell instanceof String s) {
      LocalDateTime parsed = CellDates.parse(s.strip(), thisYear);
      if (parsed != null) {
        return parsed;
      }
      if (CellDates.ambiguous(s.strip())) {
        row.problem(column.name(), "import.cell.ambiguousDate", shown(s));
        return null;
      }
    }
    row.problem(column.name(), "import.cell.date", shown(textOf(cell)));
    return null;
  }
}
