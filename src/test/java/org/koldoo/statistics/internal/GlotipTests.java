package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** GLOTIP's cell rules, as UNODC's published file writes its cells. */
class GlotipTests {

  @Test
  void small_counts_are_below_five_and_thousands_carry_a_comma_the_csv_quotes() throws Exception {
    assertThat(Glotip.value(1)).isEqualTo("<5");
    assertThat(Glotip.value(4)).isEqualTo("<5");
    assertThat(Glotip.value(5)).isEqualTo("5");
    assertThat(Glotip.value(999)).isEqualTo("999");
    assertThat(Glotip.value(1757)).isEqualTo("1,757");
    assertThat(Glotip.value(1_234_567)).isEqualTo("1,234,567");
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("KGZ", Glotip.value(1757), Glotip.SOURCE);
    }
    assertThat(out.toString().strip()).isEqualTo("KGZ,\"1,757\",GLOTIP");
  }

  @Test
  void forms_of_exploitation_fall_in_unodcs_three_categories() {
    assertThat(Glotip.form("SEXUAL_EXPLOITATION")).isEqualTo("Sexual exploitation");
    assertThat(Glotip.form("FORCED_LABOUR")).isEqualTo("Forced labour");
    for (String other :
        new String[] {"FORCED_BEGGING", "FORCED_MARRIAGE", "FORCED_CRIMINALITY", "ORGAN_REMOVAL"}) {
      assertThat(Glotip.form(other)).isEqualTo("Other forms of exploitation");
    }
    assertThat(Glotip.form("UNKNOWN")).isNull();
    assertThat(Glotip.form("")).isNull();
  }
}
