package org.koldoo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hand-built 2002 (no other test dates a victim or a criminal case in it) and the GLOTIP file for
 * it, written out row by row as UNODC's published file would hold it: every rule of the export is
 * in this one expected file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlotipIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @BeforeAll
  void year2002() {
    Records r = new Records(jdbc);
    // five women exploited sexually, one woman both sexually and in forced labour
    for (int i = 0; i < 5; i++) {
      victim(r, "FEMALE", 25, false, "KG", "SEXUAL_EXPLOITATION");
    }
    victim(r, "FEMALE", 30, false, "KG", "SEXUAL_EXPLOITATION,FORCED_LABOUR");
    // a man in forced labour, brought home from Russia
    UUID man = victim(r, "MALE", 30, false, "KG", "FORCED_LABOUR");
    r.returned(man, "REPATRIATION_OF_NATIONAL", d("2002-05-01"), "RU");
    // an Uzbek boy in forced labour, sent home to Uzbekistan
    UUID boy = victim(r, "MALE", 16, true, "UZ", "FORCED_LABOUR");
    r.returned(boy, "REPATRIATION_OF_FOREIGN_VICTIM", d("2002-06-01"), "UZ");
    // a girl made to beg: "other forms"
    victim(r, "FEMALE", 15, true, "KG", "FORCED_BEGGING");
    // sex not recorded; age not recorded (and no form known): both Unknown × Unknown
    victim(r, null, 40, false, "KG", "FORCED_LABOUR");
    victim(r, "MALE", null, false, "TJ", "");
    // five children brought home from a conflict zone, not (yet) identified as victims
    for (int i = 0; i < 5; i++) {
      UUID child =
          r.victim(
              Records.MOL,
              d("2002-09-01"),
              "FEMALE",
              6,
              true,
              "KG",
              Records.index(),
              Records.index());
      r.returned(child, "REPATRIATION_FROM_CONFLICT_ZONE", d("2002-09-02"), "IQ");
    }

    // a case of sexual exploitation and forced labour: three convicted, a minor acquitted
    UUID k1 =
        r.criminalCase(
            d("2002-02-01"),
            Records.ART_166,
            "FORCED_LABOUR,SEXUAL_EXPLOITATION",
            "POLICE_INITIATIVE");
    UUID d1 = r.defendant(k1, "MALE", 1970, "KG");
    UUID d2 = r.defendant(k1, "FEMALE", 1975, "KZ");
    UUID d3 = r.defendant(k1, "MALE", null, "RU");
    // born in 1984, so the year alone leaves 17 or 18 open; the date says 17 all through 2002
    UUID d4 = r.defendant(k1, "MALE", 1984, "KG");
    jdbc.sql("update defendant set birth_date = date '1984-09-01' where id = :id")
        .param("id", d4)
        .update();
    r.event(k1, "SENT_TO_COURT", d("2002-06-01"), null, null, null, null);
    for (UUID convicted : List.of(d1, d2, d3)) {
      r.event(k1, "VERDICT", d("2002-10-01"), convicted, null, "CONVICTED", null);
    }
    r.event(k1, "VERDICT", d("2002-10-01"), d4, null, "ACQUITTED", null);
    // a forced-labour case: five men convicted
    UUID k2 =
        r.criminalCase(d("2002-03-01"), Records.ART_170, "FORCED_LABOUR", "POLICE_INITIATIVE");
    r.event(k2, "SENT_TO_COURT", d("2002-07-01"), null, null, null, null);
    for (int i = 0; i < 5; i++) {
      UUID man5 = r.defendant(k2, "MALE", 1980, "KG");
      r.event(k2, "VERDICT", d("2002-11-01"), man5, null, "CONVICTED", null);
    }
    // fraud is not trafficking: in no row
    UUID k3 = r.criminalCase(d("2002-04-01"), Records.FRAUD, "FORCED_LABOUR", "POLICE_INITIATIVE");
    r.defendant(k3, "MALE", 1975, "KG");
  }

  private static UUID victim(
      Records r, String sex, Integer age, boolean child, String citizenship, String forms) {
    UUID id =
        r.victim(
            Records.MVD,
            d("2002-02-20"),
            sex,
            age,
            child,
            citizenship,
            Records.index(),
            Records.index());
    r.identify(id, d("2002-03-01"), "IDENTIFIED_VICTIM", Records.MVD, forms, "RU");
    return id;
  }

  private static final String PREFIX = "KGZ,Kyrgyzstan,Asia,Central Asia,";

  /** The file UNODC would publish for this year, less the prefix and the closing columns. */
  private static final String EXPECTED =
      """
      Detected trafficking victims,Total,Total,Total,Total,11
      Detected trafficking victims,Total,Total,Total,0 to 17 years,<5
      Detected trafficking victims,Total,Total,Total,18 years or over,8
      Detected trafficking victims,Total,Total,Female,Total,7
      Detected trafficking victims,Total,Total,Female,0 to 17 years,<5
      Detected trafficking victims,Total,Total,Female,18 years or over,6
      Detected trafficking victims,Total,Total,Male,Total,<5
      Detected trafficking victims,Total,Total,Male,0 to 17 years,<5
      Detected trafficking victims,Total,Total,Male,18 years or over,<5
      Detected trafficking victims,Total,Total,Unknown,Unknown,<5
      Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,6
      Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,18 years or over,6
      Detected trafficking victims,by form of exploitation,Sexual exploitation,Female,Total,6
      Detected trafficking victims,by form of exploitation,Sexual exploitation,Female,18 years or over,6
      Detected trafficking victims,by form of exploitation,Forced labour,Total,Total,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Total,0 to 17 years,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Total,18 years or over,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Female,Total,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Female,18 years or over,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Male,Total,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Male,0 to 17 years,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Male,18 years or over,<5
      Detected trafficking victims,by form of exploitation,Forced labour,Unknown,Unknown,<5
      Detected trafficking victims,by form of exploitation,Other forms of exploitation,Total,Total,<5
      Detected trafficking victims,by form of exploitation,Other forms of exploitation,Total,0 to 17 years,<5
      Detected trafficking victims,by form of exploitation,Other forms of exploitation,Female,Total,<5
      Detected trafficking victims,by form of exploitation,Other forms of exploitation,Female,0 to 17 years,<5
      Detected trafficking victims,by citizenship,Kyrgyzstan,Total,Total,9
      Detected trafficking victims,by citizenship,Tajikistan,Total,Total,<5
      Detected trafficking victims,by citizenship,Uzbekistan,Total,Total,<5
      Detected trafficking victims,by country of repatriation,Iraq,Total,Total,5
      Detected trafficking victims,by country of repatriation,Russian Federation,Total,Total,<5
      Detected trafficking victims,by country of repatriation,Uzbekistan,Total,Total,<5
      Persons brought into formal contact,Total,Total,Total,Total,9
      Persons brought into formal contact,Total,Total,Total,0 to 17 years,<5
      Persons brought into formal contact,Total,Total,Total,18 years or over,7
      Persons brought into formal contact,Total,Total,Female,Total,<5
      Persons brought into formal contact,Total,Total,Female,18 years or over,<5
      Persons brought into formal contact,Total,Total,Male,Total,8
      Persons brought into formal contact,Total,Total,Male,0 to 17 years,<5
      Persons brought into formal contact,Total,Total,Male,18 years or over,6
      Persons brought into formal contact,Total,Total,Unknown,Unknown,<5
      Persons prosecuted,Total,Total,Total,Total,9
      Persons prosecuted,Total,Total,Total,0 to 17 years,<5
      Persons prosecuted,Total,Total,Total,18 years or over,7
      Persons prosecuted,Total,Total,Female,Total,<5
      Persons prosecuted,Total,Total,Female,18 years or over,<5
      Persons prosecuted,Total,Total,Male,Total,8
      Persons prosecuted,Total,Total,Male,0 to 17 years,<5
      Persons prosecuted,Total,Total,Male,18 years or over,6
      Persons prosecuted,Total,Total,Unknown,Unknown,<5
      Persons convicted,Total,Total,Total,Total,8
      Persons convicted,Total,Total,Total,18 years or over,7
      Persons convicted,Total,Total,Female,Total,<5
      Persons convicted,Total,Total,Female,18 years or over,<5
      Persons convicted,Total,Total,Male,Total,7
      Persons convicted,Total,Total,Male,18 years or over,6
      Persons convicted,Total,Total,Unknown,Unknown,<5
      Persons convicted,by citizenship,Kazakhstan,Total,Total,<5
      Persons convicted,by citizenship,Kyrgyzstan,Total,Total,6
      Persons convicted,by citizenship,Russian Federation,Total,Total,<5
      Persons convicted,by form of exploitation,Sexual exploitation,Total,Total,<5
      Persons convicted,by form of exploitation,Forced labour,Total,Total,8
      Offences of trafficking in persons,Total,Total,Total,Total,<5
      """;

  @Test
  void the_year_comes_out_row_for_row_as_unodc_writes_it() throws Exception {
    String csv =
        mvc.perform(get("/api/v1/exports/glotip?year=2002").with(user("a").roles("ANALYST")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
                + "Unit of measurement,txtVALUE,Source");
    List<String> expected =
        EXPECTED
            .lines()
            .map(
                row -> {
                  int cut = row.lastIndexOf(',');
                  return PREFIX
                      + row.substring(0, cut)
                      + ",2002,Counts,"
                      + row.substring(cut + 1)
                      + ",GLOTIP";
                })
            .toList();
    assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
  }
}
