package org.koldoo.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koldoo.imports.ImportColumn;
import org.koldoo.imports.ImportColumn.Type;
import org.koldoo.imports.ImportRow;
import org.koldoo.organisations.Organisations;
import org.koldoo.prevention.CallChannel;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Cells as people's spreadsheets hold them, read by their column's type. */
class CellReaderTests {

  private static final Vocabulary WORDS;

  static {
    var messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "codes");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    WORDS = new Vocabulary(messages, mock(Organisations.class));
  }

  private final CellReader reader = new CellReader(WORDS, 2026);
  private final ImportColumn day = ImportColumn.of("day", "import.value", Type.DATE);
  private final ImportColumn moment = ImportColumn.of("at", "import.value", Type.DATE_TIME);
  private final ImportColumn channel = ImportColumn.code("c", "import.value", CallChannel.class);

  private ImportRow row() {
    return new ImportRow(2, new HashMap<>());
  }

  @Test
  void days_come_in_every_form_excel_writes_them() {
    LocalDate expected = LocalDate.of(2026, 11, 20);
    for (Object cell :
        new Object[] {
          LocalDateTime.of(2026, 11, 20, 0, 0),
          46346.0,
          "2026-11-20",
          "20.11.2026",
          "20.11.26",
          "20/11/2026",
          "11/20/2026",
          " 20-11-2026 "
        }) {
      ImportRow row = row();
      assertThat(reader.read(day, cell, row)).as(String.valueOf(cell)).isEqualTo(expected);
      assertThat(row.problems()).isEmpty();
    }
    ImportRow row = row();
    assertThat(reader.read(moment, "20.11.2026 14:30", row))
        .isEqualTo(LocalDateTime.of(2026, 11, 20, 14, 30));
  }

  @Test
  void a_day_that_reads_two_ways_or_not_at_all_is_a_problem_not_a_guess() {
    for (String cell : new String[] {"03/04/2026", "31.02.2026", "tomorrow", "2026-13-01"}) {
      ImportRow row = row();
      assertThat(reader.read(day, cell, row)).as(cell).isNull();
      assertThat(row.problems()).as(cell).hasSize(1);
    }
    ImportRow row = row();
    reader.read(day, "03/04/2026", row);
    assertThat(row.problems().get(0).messageKey()).isEqualTo("import.cell.ambiguousDate");
  }

  @Test
  void a_code_is_its_value_or_its_label_in_any_language_and_either_script() {
    for (String cell :
        new String[] {"PHONE", "phone", "Phone", "Телефон", "Tелефон", " ТЕЛЕФОН "}) {
      ImportRow row = row();
      assertThat(reader.read(channel, cell, row)).as(cell).isEqualTo("PHONE");
    }
    ImportRow row = row();
    assertThat(reader.read(channel, "Fax", row)).isNull();
    assertThat(row.problems().get(0).messageKey()).isEqualTo("import.cell.code");
  }

  @Test
  void a_value_longer_than_any_code_list_is_refused_before_it_is_split() {
    ImportColumn channels = ImportColumn.codes("cs", "import.value", CallChannel.class);
    ImportRow row = row();
    String blanks = "PHONE" + " ".repeat(CellReader.MAX_VALUE) + "x; APP";
    assertThat(reader.read(channels, blanks, row)).isNull();
    assertThat(reader.read(day, "2026-01-01" + " ".repeat(CellReader.MAX_VALUE) + "x", row))
        .isNull();
    assertThat(row.problems())
        .extracting(ImportRow.Problem::messageKey)
        .containsExactly("import.cell.tooLong", "import.cell.tooLong");
    ImportRow fits = row();
    assertThat(reader.read(channels, "PHONE ;  APP", fits)).isEqualTo(Set.of("PHONE", "APP"));
    assertThat(fits.problems()).isEmpty();
  }

  @Test
  void text_longer_than_its_column_or_with_a_nul_is_refused_and_blank_is_nothing() {
    ImportColumn note = ImportColumn.text("note", "import.value", 10);
    ImportRow row = row();
    assertThat(reader.read(note, "x".repeat(11), row)).isNull();
    assertThat(reader.read(note, "a\0b", row)).isNull();
    assertThat(row.problems()).hasSize(2);
    ImportRow blank = row();
    assertThat(reader.read(note, "   ", blank)).isNull();
    assertThat(blank.problems()).isEmpty();
    ImportRow required = row();
    reader.read(note.mandatory(), "", required);
    assertThat(required.problems())
        .extracting(ImportRow.Problem::messageKey)
        .containsExactly("import.cell.required");
  }

  @Test
  void yes_and_no_and_whole_numbers_as_people_write_them() {
    ImportColumn flag = ImportColumn.of("f", "import.value", Type.BOOLEAN);
    ImportColumn count = ImportColumn.of("n", "import.value", Type.INTEGER);
    for (Object yes : new Object[] {"Да", "ооба", "yes", "1", Boolean.TRUE}) {
      assertThat(reader.read(flag, yes, row())).as(String.valueOf(yes)).isEqualTo(true);
    }
    for (Object no : new Object[] {"Нет", "жок", "no", "0"}) {
      assertThat(reader.read(flag, no, row())).as(String.valueOf(no)).isEqualTo(false);
    }
    assertThat(reader.read(count, "1 200", row())).isEqualTo(1200L);
    assertThat(reader.read(count, 12.0, row())).isEqualTo(12L);
    ImportRow row = row();
    assertThat(reader.read(count, "12,5", row)).isNull();
    assertThat(row.problems()).hasSize(1);
    ImportColumn countries = ImportColumn.of("k", "import.value", Type.COUNTRIES);
    assertThat(reader.read(countries, "Россия; KZ; Turkey", row()))
        .isEqualTo(Set.of("RU", "KZ", "TR"));
  }

  @Test
  void yes_and_no_come_as_words_in_three_languages_or_as_marks() {
    ImportColumn flag = ImportColumn.of("f", "import.value", Type.BOOLEAN);
    for (Object yes : new Object[] {true, "Да", "ооба", "Yes", "+", "✓", "x", "1"}) {
      ImportRow row = row();
      assertThat(reader.read(flag, yes, row)).as(String.valueOf(yes)).isEqualTo(true);
      assertThat(row.problems()).isEmpty();
    }
    for (Object no : new Object[] {false, "нет", "Жок", "no", "-", "—", "0"}) {
      ImportRow row = row();
      assertThat(reader.read(flag, no, row)).as(String.valueOf(no)).isEqualTo(false);
      assertThat(row.problems()).isEmpty();
    }
    ImportRow row = row();
    assertThat(reader.read(flag, "maybe", row)).isNull();
    assertThat(row.problems()).hasSize(1);
  }
}
