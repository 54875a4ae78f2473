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
    assertThat(GlotipCodes.value(1)).isEqualTo("<5");
    assertThat(GlotipCodes.value(4)).isEqualTo("<5");
    assertThat(GlotipCodes.value(5)).isEqualTo("5");
    assertThat(GlotipCodes.value(999)).isEqualTo("999");
    assertThat(GlotipCodes.value(1757)).isEqualTo("1,757");
    assertThat(GlotipCodes.value(1_234_567)).isEqualTo("1,234,567");
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("KGZ", GlotipCodes.value(1757), GlotipCodes.SOURCE);
    }
    assertThat(out.toString().strip()).isEqualTo("KGZ,\"1,757\",GLOTIP");
  }

  @Test
  void forms_of_exploitation_fall_in_unodcs_three_categories() {
    assertThat(GlotipCodes.form("SEXUAL_EXPLOITATION")).isEqualTo("Sexual exploitation");
    assertThat(GlotipCodes.form("FORCED_LABOUR")).isEqualTo("Forced labour");
    for (String other :
        new String[] {"FORCED_BEGGING", "FORCED_MARRIAGE", "FORCED_CRIMINALITY", "ORGAN_REMOVAL"}) {
      assertThat(GlotipCodes.form(other)).isEqualTo("Other forms of exploitation");
    }
    assertThat(GlotipCodes.form("UNKNOWN")).isNull();
    assertThat(GlotipCodes.form("")).isNull();
  }
}
