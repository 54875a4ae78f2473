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
      String exploited = COUNTRIES[random.nextInt(COUNTRIES.length)];
      if (exploited != null && random.nextInt(8) == 0) {
        exploited += "," + COUNTRIES[random.nextInt(COUNTRIES.length - 1)];
      }
      records.add(
          CtdcRecord.row(
              2019 + random.nextInt(3),
              SEXES[random.nextInt(SEXES.length)],
              age,
              child,
              COUNTRIES[random.nextInt(COUNTRIES.length)],
              exploited,
              Set.of(random.nextBoolean() ? "FORCED_LABOUR" : "SEXUAL_EXPLOITATION"),
              Set.of("CONSTRUCTION"),
              Set.of(),
              random.nextBoolean() ? Set.of("DEBT_BONDAGE") : Set.of("PSYCHOLOGICAL_ABUSE"),
              random.nextInt(4) == 0 ? "FAMILY_MEMBER" : null,
              random.nextInt(10) == 0 ? Set.of("ABDUCTION_OR_BRIDE_KIDNAPPING") : Set.of()));
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
      CtdcAnonymiser.Anonymised result = CtdcAnonymiser.anonymise(records, CtdcAnonymiser.K);
      String csv = Ctdc.write(result.records(), Ctdc.Separator.SEMICOLON);
      var parsed =
          org.apache.commons.csv.CSVFormat.DEFAULT
              .builder()
              .setDelimiter(';')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new java.io.StringReader(csv));
      List<String> open =
          parsed.getHeaderNames().stream().filter(c -> !CtdcAnonymiser.sensitive(c)).toList();
      assertThat(open).contains("majorityStatus", "ageBroad", "gender", "citizenship");
      Map<List<String>, Integer> classes = new HashMap<>();
      for (var row : parsed) {
        classes.merge(open.stream().map(row::get).toList(), 1, Integer::sum);
      }
      assertThat(classes.values())
          .as("run %d", run)
          .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(CtdcAnonymiser.K));
      assertThat(result.records().size() + result.suppressed()).isEqualTo(records.size());
    }
  }

  @Test
  void generalising_keeps_more_records_than_suppressing_alone() {
    List<Map<String, String>> records = population(new Random(3), 3000);
    CtdcAnonymiser.Anonymised result = CtdcAnonymiser.anonymise(records, CtdcAnonymiser.K);
    int suppressingAlone = CtdcAnonymiser.suppress(records, CtdcAnonymiser.K, 0).suppressed();
    assertThat(result.level()).isGreaterThan(0);
    assertThat(result.suppressed()).isLessThan(suppressingAlone);
    assertThat(result.suppressed()).isLessThanOrEqualTo(records.size() / 10);
  }

  @Test
  void the_export_uses_ctdc_column_names_and_no_identifying_column() {
    assertThat(CtdcRecord.HEADER)
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
    assertThat(CtdcRecord.HEADER)
        .allSatisfy(
            column ->
                assertThat(column.toLowerCase())
                    .doesNotContain("name", "pseudonym", "birth", "case", "passport", "phone")
                    .isNotEqualTo("id"));
  }

  /** The header line of CTDC's global k-anonymised dataset, as CTDC publishes it. */
  static final String CTDC_PUBLISHED_HEADER =
      "yearOfRegistration;Datasource;gender;ageBroad;majorityStatus;majorityStatusAtExploit;"
          + "majorityEntry;citizenship;meansOfControlDebtBondage;meansOfControlTakesEarnings;"
          + "meansOfControlRestrictsFinancialAccess;meansOfControlThreats;"
          + "meansOfControlPsychologicalAbuse;meansOfControlPhysicalAbuse;"
          + "meansOfControlSexualAbuse;meansOfControlFalsePromises;"
          + "meansOfControlPsychoactiveSubstances;meansOfControlRestrictsMovement;"
          + "meansOfControlRestrictsMedicalCare;meansOfControlExcessiveWorkingHours;"
          + "meansOfControlUsesChildren;meansOfControlThreatOfLawEnforcement;"
          + "meansOfControlWithholdsNecessities;meansOfControlWithholdsDocuments;"
          + "meansOfControlOther;meansOfControlNotSpecified;meansOfControlConcatenated;"
          + "isForcedLabour;isSexualExploit;isOtherExploit;isSexAndLabour;isForcedMarriage;"
          + "isForcedMilitary;isOrganRemoval;isSlaveryAndPractices;typeOfExploitConcatenated;"
          + "typeOfLabourAgriculture;typeOfLabourAquafarming;typeOfLabourBegging;"
          + "typeOfLabourConstruction;typeOfLabourDomesticWork;typeOfLabourHospitality;"
          + "typeOfLabourIllicitActivities;typeOfLabourManufacturing;"
          + "typeOfLabourMiningOrDrilling;typeOfLabourPeddling;typeOfLabourTransportation;"
          + "typeOfLabourOther;typeOfLabourNotSpecified;typeOfLabourConcatenated;"
          + "typeOfSexProstitution;typeOfSexPornography;typeOfSexRemoteInteractiveServices;"
          + "typeOfSexPrivateSexualServices;typeOfSexConcatenated;isAbduction;"
          + "RecruiterRelationship;CountryOfExploitation;recruiterRelationIntimatePartner;"
          + "recruiterRelationFriend;recruiterRelationFamily;recruiterRelationOther;"
          + "recruiterRelationUnknown";

  @Test
  void the_file_has_ctdcs_63_columns_in_ctdcs_order() {
    String csv = Ctdc.write(List.of(), Ctdc.Separator.SEMICOLON);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(CTDC_PUBLISHED_HEADER);
    assertThat(CTDC_PUBLISHED_HEADER.split(";")).hasSize(63);
    // every means of control Koldoo records has its own CTDC column
    for (var means : org.koldoo.victims.MeansOfControl.values()) {
      Map<String, String> row =
          CtdcRecord.row(
              2020,
              "FEMALE",
              30,
              false,
              "KG",
              "RU",
              Set.of("FORCED_LABOUR"),
              Set.of(),
              Set.of(),
              Set.of(means.name()),
              null);
      assertThat(row.keySet()).containsExactlyElementsOf(CtdcRecord.HEADER);
      assertThat(
              row.entrySet().stream()
                  .filter(e -> e.getKey().startsWith("meansOfControl") && e.getValue().equals("1")))
          .as(means.name())
          .hasSize(1);
    }
  }

  /**
   * Generalised and unknown values are CTDC's own: an ISO code or nothing for a country (never
   * "Other"), CTDC's age bands or nothing (never "0--17"), Adult/Minor or nothing.
   */
  @Test
  void every_open_value_is_one_of_ctdcs_codes_or_empty() {
    Set<String> iso = Set.of(java.util.Locale.getISOCountries());
    Set<String> bands =
        Set.of(
            "", "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+");
    Random random = new Random(11);
    for (int run = 0; run < 100; run++) {
      List<Map<String, String>> records = population(random, random.nextInt(600));
      for (Map<String, String> r : CtdcAnonymiser.anonymise(records, CtdcAnonymiser.K).records()) {
        assertThat(r.get("Datasource")).isEqualTo("Case Management");
        assertThat(r.get("yearOfRegistration")).matches("\\d{4}");
        assertThat(r.get("gender")).isIn("", "Female", "Male", "Transgender/NonConforming");
        assertThat(r.get("ageBroad")).isIn(bands);
        assertThat(r.get("majorityStatus")).isIn("", "Adult", "Minor");
        assertThat(r.get("majorityStatusAtExploit")).isIn("", "Adult", "Minor");
        for (String column : List.of("citizenship", "CountryOfExploitation")) {
          String value = r.get(column);
          if (!value.isEmpty()) {
            assertThat(value.split(";")).allSatisfy(code -> assertThat(iso).contains(code));
          }
        }
      }
    }
  }

  @Test
  void every_country_of_exploitation_is_written() {
    Map<String, String> row =
        CtdcRecord.row(
            2020,
            "MALE",
            40,
            false,
            "KG",
            "RU,KZ",
            Set.of("FORCED_LABOUR"),
            Set.of(),
            Set.of(),
            Set.of(),
            null);
    assertThat(row.get("CountryOfExploitation")).isEqualTo("RU;KZ");
  }

  @Test
  void a_code_recorded_twice_counts_once() {
    assertThat(CtdcRecord.set("TAKES_EARNINGS,THREATS,TAKES_EARNINGS"))
        .containsExactlyInAnyOrder("TAKES_EARNINGS", "THREATS");
    assertThat(CtdcRecord.set(null)).isEmpty();
  }
}
