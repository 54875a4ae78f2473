package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property CTDC publishes under: every combination of quasi-identifiers in the export occurs at
 * least k = 11 times. Checked over many seeded random populations (plain JUnit; see ADR 0001 on
 * jqwik).
 */
class CtdcAnonymityTests {

  static final String[] SEXES = {"FEMALE", "MALE", "TRANSGENDER_OR_NONCONFORMING", null};
  static final String[] COUNTRIES = {"KG", "RU", "KZ", "TR", "AE", "KR", "UZ", "TJ", "CN", null};

  static List<Map<String, String>> population(Random random, int size) {
    List<Map<String, String>> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean child = random.nextInt(6) == 0;
      Integer age =
          random.nextInt(10) == 0 ? null : child ? random.nextInt(18) : 18 + random.nextInt(50);
      records.add(
          Ctdc.row(
              2019 + random.nextInt(3),
              SEXES[random.nextInt(SEXES.length)],
              age,
              child,
              COUNTRIES[random.nextInt(COUNTRIES.length)],
              COUNTRIES[random.nextInt(COUNTRIES.length)],
              Set.of(random.nextBoolean() ? "FORCED_LABOUR" : "SEXUAL_EXPLOITATION"),
              Set.of("CONSTRUCTION"),
              Set.of(),
              Set.of("DEBT_BONDAGE"),
              null));
    }
    return records;
  }

  /**
   * Read from the file as written: every combination of the columns that are not sensitive
   * attributes — whatever they are — occurs at least k times.
   */
  @Test
  void every_combination_of_the_written_non_sensitive_columns_occurs_at_least_k_times()
      throws Exception {
    Random random = new Random(7);
    for (int run = 0; run < 300; run++) {
      List<Map<String, String>> records = population(random, random.nextInt(400));
      Ctdc.Anonymised result = Ctdc.anonymise(records, Ctdc.K);
      String csv = Ctdc.write(result.records(), Ctdc.Separator.SEMICOLON);
      var parsed =
          org.apache.commons.csv.CSVFormat.DEFAULT
              .builder()
              .setDelimiter(';')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new java.io.StringReader(csv));
      List<String> open = parsed.getHeaderNames().stream().filter(c -> !Ctdc.sensitive(c)).toList();
      assertThat(open).contains("majorityStatus", "ageBroad", "gender", "citizenship");
      Map<List<String>, Integer> classes = new HashMap<>();
      for (var row : parsed) {
        classes.merge(open.stream().map(row::get).toList(), 1, Integer::sum);
      }
      assertThat(classes.values())
          .as("run %d", run)
          .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(Ctdc.K));
      assertThat(result.records().size() + result.suppressed()).isEqualTo(records.size());
    }
  }

  @Test
  void generalising_keeps_more_records_than_suppressing_alone() {
    List<Map<String, String>> records = population(new Random(3), 3000);
    Ctdc.Anonymised result = Ctdc.anonymise(records, Ctdc.K);
    int suppressingAlone = Ctdc.suppress(records, Ctdc.K, 0).suppressed();
    assertThat(result.level()).isGreaterThan(0);
    assertThat(result.suppressed()).isLessThan(suppressingAlone);
    assertThat(result.suppressed()).isLessThanOrEqualTo(records.size() / 10);
  }

  @Test
  void the_export_uses_ctdc_column_names_and_no_identifying_column() {
    assertThat(Ctdc.HEADER)
        .contains(
            "yearOfRegistration",
            "gender",
            "ageBroad",
            "citizenship",
            "CountryOfExploitation",
            "meansOfControlDebtBondage",
            "isForcedLabour",
            "isSexualExploit",
            "isOtherExploit",
            "typeOfLabourConstruction",
            "typeOfSexProstitution",
            "recruiterRelationFamily");
    assertThat(Ctdc.HEADER)
        .allSatisfy(
            column ->
                assertThat(column.toLowerCase())
                    .doesNotContain("name", "pseudonym", "birth", "case", "passport", "phone")
                    .isNotEqualTo("id"));
  }

  @Test
  void a_code_recorded_twice_counts_once() {
    assertThat(Ctdc.set("TAKES_EARNINGS,THREATS,TAKES_EARNINGS"))
        .containsExactlyInAnyOrder("TAKES_EARNINGS", "THREATS");
    assertThat(Ctdc.set(null)).isEmpty();
  }
}
