package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a CSV download writes: a spreadsheet shows every text and runs none of them. */
class CsvDownloadsTests {

  @Test
  void a_text_a_spreadsheet_would_take_for_a_formula_is_led_by_an_apostrophe() {
    for (String formula :
        new String[] {"=1+1", "+996", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"}) {
      assertThat(CsvDownloads.cell(formula)).as(formula).isEqualTo("'" + formula);
    }
  }

  @Test
  void any_other_value_is_written_as_it_is() {
    for (Object value :
        new Object[] {"Threats after a complaint", "Угрозы", "", " =1", "1=1", 42, -7, 2.5, true}) {
      assertThat(CsvDownloads.cell(value)).as(String.valueOf(value)).isEqualTo(value);
    }
    assertThat(CsvDownloads.cell(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(CsvDownloads.cell(null)).isNull();
  }

  @Test
  void a_download_writes_each_row_through_the_cell_rule_with_an_empty_cell_for_nothing()
      throws Exception {
    var response = new MockHttpServletResponse();
    try (var out = CsvDownloads.open(response, "x.csv", "a", "b", "c")) {
      out.printRecord("=1+1", null, 3);
      out.printRecord(java.util.Arrays.asList("-x", null, "y"));
    }
    assertThat(response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "").lines())
        .containsExactly("a,b,c", "'=1+1,,3", "'-x,,y");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"x.csv\"");
  }
}
