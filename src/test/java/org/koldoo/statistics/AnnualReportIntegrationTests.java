package org.koldoo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hand-built year (2005, with 2004 and 2003 before it) whose every figure below was counted by
 * hand. No other test writes records dated before 2010.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  final List<String> pseudonymsAndNumbers = new java.util.ArrayList<>();

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @BeforeAll
  void year2005() {
    Records r = new Records(jdbc);
    // A: a woman identified by the police, sexual exploitation in Russia
    UUID a =
        r.victim(
            Records.MVD,
            d("2005-02-20"),
            "FEMALE",
            24,
            false,
            "KG",
            Records.index(),
            Records.index());
    r.identify(a, d("2005-03-01"), "IDENTIFIED_VICTIM", Records.MVD, "SEXUAL_EXPLOITATION", "RU");
    // B: one man recorded by an NGO and again by the police: one person, first identified by the
    // NGO, referred to the ministry (government) and to legal aid, assisted by the NGO
    String bName = Records.index();
    String bBorn = Records.index();
    UUID b1 = r.victim(Records.CC_BISHKEK, d("2005-03-30"), "MALE", 35, false, "KG", bName, bBorn);
    UUID b2 = r.victim(Records.MVD, d("2005-05-30"), "MALE", 35, false, "KG", bName, bBorn);
    r.identify(b1, d("2005-04-01"), "IDENTIFIED_VICTIM", Records.CC_BISHKEK, "FORCED_LABOUR", "KZ");
    r.identify(b2, d("2005-06-01"), "IDENTIFIED_VICTIM", Records.MVD, "FORCED_LABOUR", "KZ");
    r.refer(b1, Records.CC_BISHKEK, Records.MOL, "REINTEGRATION", d("2005-04-02"));
    r.refer(b1, Records.CC_BISHKEK, Records.IOM, "LEGAL_AID", d("2005-04-03"));
    r.serve(b1, Records.CC_BISHKEK, "SHELTER", d("2005-04-10"));
    r.serve(b2, Records.CC_BISHKEK, "MEDICAL", d("2005-06-10"));
    // C: an Uzbek boy identified by an NGO alone, with a best-interests determination
    UUID c =
        r.victim(
            Records.CC_BISHKEK,
            d("2005-04-20"),
            "MALE",
            15,
            true,
            "UZ",
            Records.index(),
            Records.index());
    r.identify(c, d("2005-05-01"), "IDENTIFIED_VICTIM", Records.CC_BISHKEK, "FORCED_LABOUR", "KG");
    r.bestInterests(c, d("2005-05-02"));
    r.returned(c, "REPATRIATION_OF_FOREIGN_VICTIM", d("2005-08-01"), "UZ");
    // a linkage reviewer has yet to say whether A and C are one person: it could change V0
    UUID run = UUID.randomUUID();
    jdbc.sql(
            "insert into linkage_run (id, started_at, records, started_by)"
                + " values (:id, now() - interval '3650 days', 0, 'test')")
        .param("id", run)
        .update();
    jdbc.sql(
            "insert into linkage_candidate (id, run_id, case_a, case_b, status)"
                + " values (:id, :run, :a, :b, 'PENDING')")
        .param("id", UUID.randomUUID())
        .param("run", run)
        .param("a", a.toString().compareTo(c.toString()) < 0 ? a : c)
        .param("b", a.toString().compareTo(c.toString()) < 0 ? c : a)
        .update();
    // D: identified on the last day of 2004; E: on the first day of 2006; F: presumed only
    UUID dd =
        r.victim(
            Records.MVD,
            d("2004-12-01"),
            "FEMALE",
            30,
            false,
            "KG",
            Records.index(),
            Records.index());
    r.identify(dd, d("2004-12-31"), "IDENTIFIED_VICTIM", Records.MVD, "SEXUAL_EXPLOITATION", "TR");
    // closings: both of B's cases in 2005 (one person), D's in 2004
    close(b1, "2005-09-01", "SERVICES_COMPLETED");
    close(b2, "2005-11-01", "CONTACT_LOST");
    close(dd, "2004-12-20", "CONTACT_LOST");
    UUID e =
        r.victim(
            Records.MVD,
            d("2005-12-01"),
            "FEMALE",
            30,
            false,
            "KG",
            Records.index(),
            Records.index());
    r.identify(e, d("2006-01-01"), "IDENTIFIED_VICTIM", Records.MVD, "SEXUAL_EXPLOITATION", "TR");
    UUID f =
        r.victim(
            Records.MVD,
            d("2005-01-10"),
            "FEMALE",
            30,
            false,
            "KG",
            Records.index(),
            Records.index());
    r.identify(f, d("2005-01-11"), "PRESUMED_VICTIM", Records.MVD, "SEXUAL_EXPLOITATION", "TR");
    r.screen(f, Records.MVD, d("2005-01-10"), "BORDER", "RETURNED_MIGRANTS", true);
    r.screen(f, Records.MVD, d("2005-01-12"), "BORDER", "RETURNED_MIGRANTS", true);
    r.screen(a, Records.MVD, d("2005-02-20"), "CONSULATE", "DETAINED_OR_DEPORTED", true);
    jdbc.sql("select case_number || ' ' || pseudonym from victim_case where id in (:ids)")
        .param("ids", List.of(a, b1, b2, c, dd, e, f))
        .query(String.class)
        .list()
        .forEach(s -> pseudonymsAndNumbers.addAll(List.of(s.split(" "))));

    // K1: forced labour, NGO complaint, an official sent to court, convicted, 5 years
    UUID k1 =
        r.criminalCase(d("2005-02-01"), Records.ART_170, "FORCED_LABOUR", "NGO_OR_IO_COMPLAINT");
    UUID x = r.defendant(k1, "MALE", true);
    r.event(k1, "SENT_TO_COURT", d("2005-06-01"), null, null, null, null);
    r.event(k1, "VERDICT", d("2005-09-01"), x, null, "CONVICTED", null);
    r.event(k1, "SENTENCE", d("2005-09-01"), x, null, null, 60);
    // K2: sexual exploitation, downgraded to fraud
    UUID k2 =
        r.criminalCase(
            d("2005-03-01"), Records.ART_166, "SEXUAL_EXPLOITATION", "POLICE_INITIATIVE");
    r.defendant(k2, "FEMALE", false);
    r.event(k2, "RECLASSIFIED", d("2005-04-01"), null, Records.FRAUD, null, null);
    // K3: opened in 2004 and still under investigation through 2005
    UUID k3 =
        r.criminalCase(
            d("2004-05-01"), Records.ART_166, "SEXUAL_EXPLOITATION", "POLICE_INITIATIVE");
    r.defendant(k3, "MALE", false);
    // K4: a fraud case from the start: not a trafficking investigation
    r.criminalCase(d("2005-07-01"), Records.FRAUD, "FORCED_LABOUR", "POLICE_INITIATIVE");
    // K5: closed in 2005 because the victim withdrew
    UUID k5 = r.criminalCase(d("2003-06-01"), Records.ART_170, "FORCED_LABOUR", "HOTLINE");
    r.event(k5, "CLOSED", d("2005-10-01"), null, null, "VICTIM_WITHDREW", null);
    // K6: closed in 2003, reopened in 2004: open again when 2005 began
    UUID k6 =
        r.criminalCase(d("2002-04-01"), Records.ART_170, "FORCED_LABOUR", "POLICE_INITIATIVE");
    r.event(k6, "CLOSED", d("2003-03-01"), null, null, "INSUFFICIENT_EVIDENCE", null);
    r.event(k6, "REOPENED", d("2004-02-01"), null, null, null, null);

    // hotline: three calls in 2005 (one about trafficking); 23:30 on 31 Dec 2004 in Bishkek is 2004
    // (Bishkek's offset changed in 2005: the zone's own rules decide the local day)
    ZoneId bishkek = ZoneId.of("Asia/Bishkek");
    r.call(ZonedDateTime.of(2005, 1, 1, 0, 10, 0, 0, bishkek).toOffsetDateTime(), true);
    r.call(ZonedDateTime.of(2005, 6, 1, 12, 0, 0, 0, bishkek).toOffsetDateTime(), false);
    r.call(ZonedDateTime.of(2005, 12, 31, 23, 50, 0, 0, bishkek).toOffsetDateTime(), false);
    r.call(ZonedDateTime.of(2004, 12, 31, 23, 30, 0, 0, bishkek).toOffsetDateTime(), false);
  }

  private void close(UUID caseId, String on, String reason) {
    jdbc.sql("update victim_case set closed_on = :on, close_reason = :reason where id = :id")
        .param("on", d(on))
        .param("reason", reason)
        .param("id", caseId)
        .update();
  }

  MockHttpServletResponse call(String url) throws Exception {
    return mvc.perform(get(url).with(user("coordinator").roles("NATIONAL_COORDINATOR")))
        .andReturn()
        .getResponse();
  }

  MockHttpServletResponse asAnalyst(String url) throws Exception {
    return mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getResponse();
  }

  Map<String, Object> line(String json, String id) {
    List<Map<String, Object>> found = JsonPath.read(json, "$.indicators[?(@.id == '" + id + "')]");
    assertThat(found).as(id).hasSize(1);
    return found.get(0);
  }

  long value(String json, String id) {
    Object v = line(json, id).get("value");
    assertThat(v).as(id + " has data").isNotNull();
    return ((Number) v).longValue();
  }

  @SuppressWarnings("unchecked")
  Map<String, Integer> breakdown(String json, String id, String breakdown) {
    return ((Map<String, Map<String, Integer>>) line(json, id).get("breakdowns")).get(breakdown);
  }

  @Test
  void every_protection_figure_matches_the_hand_count() throws Exception {
    String json = call("/api/v1/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString();
    assertThat(value(json, "V0")).isEqualTo(3);
    // the figure counts only links made or confirmed, and says what a pending pair could change
    assertThat(line(json, "V0").get("pendingLinks")).isEqualTo(1);
    assertThat(value(json, "V1")).isEqualTo(1);
    assertThat(value(json, "V2")).isEqualTo(1);
    assertThat(value(json, "V2B")).isEqualTo(1);
    assertThat(value(json, "V2C")).isEqualTo(1);
    assertThat(value(json, "V3")).isEqualTo(1);
    assertThat(value(json, "V6")).isEqualTo(1);
    assertThat(value(json, "V15B")).isEqualTo(1);
    assertThat(value(json, "V15")).isEqualTo(1);
    assertThat(value(json, "V9B")).isEqualTo(1);
    assertThat(value(json, "V3B")).isEqualTo(1);
    assertThat(value(json, "V7")).isEqualTo(1);
    assertThat(value(json, "V19")).isEqualTo(1);
    assertThat(value(json, "V20")).isEqualTo(1);
    assertThat(value(json, "V5")).isEqualTo(3);
    assertThat(value(json, "V5B")).isEqualTo(2);
    assertThat(value(json, "V11")).isEqualTo(1);
    assertThat(value(json, "V18C")).isEqualTo(1);
    // B's two cases closed in 2005, one person; D's closed in 2004; nothing recorded before 2004
    assertThat(value(json, "V21")).isEqualTo(2);
    assertThat(value(json, "V21B")).isEqualTo(1);
    assertThat(line(json, "V21").get("previous")).isEqualTo(java.util.Arrays.asList(1, null));
    assertThat(breakdown(json, "V21", "CASE_CLOSE_REASON"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("SERVICES_COMPLETED", 1, "CONTACT_LOST", 1));
    assertThat(breakdown(json, "V0", "SEX"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("FEMALE", 1, "MALE", 2));
    assertThat(breakdown(json, "V0", "AGE_GROUP"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ADULT", 2, "CHILD", 1));
    assertThat(breakdown(json, "V0", "IDENTIFYING_BODY"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("GOVERNMENT", 1, "NGO_WITH_GOVERNMENT", 1, "NGO_OR_IO", 1));
    assertThat(breakdown(json, "V0", "EXPLOITATION_TYPE"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("SEXUAL_EXPLOITATION", 1, "FORCED_LABOUR", 2));
    assertThat(breakdown(json, "V0", "CITIZENSHIP"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("KG", 2, "UZ", 1));
    assertThat(breakdown(json, "V0", "COUNTRY_OF_EXPLOITATION"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("RU", 1, "KZ", 1, "KG", 1));
    // 2003 ends before the first victim case was registered: a gap, not a zero
    assertThat(line(json, "V0").get("previous")).isEqualTo(java.util.Arrays.asList(1, null));
  }

  @Test
  void every_prosecution_figure_matches_the_hand_count() throws Exception {
    String json = call("/api/v1/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString();
    assertThat(value(json, "P1")).isEqualTo(2);
    assertThat(line(json, "P1").get("previous")).isEqualTo(List.of(1, 1));
    // cases are not persons: linkage cannot change them
    assertThat(line(json, "P1").get("pendingLinks")).isNull();
    // K3 (2004), K5 (2003, closed only in October 2005) and K6 (closed in 2003, reopened in 2004);
    // when 2004 began only K5 was open (K6 stood closed); when 2003 began only K6
    assertThat(value(json, "P2")).isEqualTo(3);
    assertThat(line(json, "P2").get("previous")).isEqualTo(List.of(1, 1));
    assertThat(value(json, "P3")).isEqualTo(1);
    assertThat(value(json, "P4A")).isEqualTo(1);
    assertThat(value(json, "P4B")).isEqualTo(1);
    assertThat(value(json, "P5")).isEqualTo(1);
    assertThat(breakdown(json, "P5", "SENTENCE"))
        .containsExactlyEntriesOf(Map.of("PRISON_3_TO_5Y", 1));
    assertThat(value(json, "P8")).isEqualTo(1);
    assertThat(value(json, "P11")).isEqualTo(1);
    assertThat(value(json, "P12A")).isEqualTo(1);
    assertThat(value(json, "P12B")).isEqualTo(1);
    assertThat(value(json, "P12C")).isEqualTo(1);
    assertThat(value(json, "P14")).isEqualTo(2);
    assertThat(breakdown(json, "P1", "EXPLOITATION_TYPE"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("FORCED_LABOUR", 1, "SEXUAL_EXPLOITATION", 1));
    assertThat(breakdown(json, "P3", "ARTICLE")).containsExactlyEntriesOf(Map.of("FRAUD", 1));
  }

  @Test
  void hotline_calls_fall_in_the_period_of_their_bishkek_date() throws Exception {
    String json = call("/api/v1/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString();
    assertThat(value(json, "R6")).isEqualTo(3);
    assertThat(value(json, "R6B")).isEqualTo(1);
    assertThat(line(json, "R6").get("previous")).isEqualTo(java.util.Arrays.asList(1, null));
  }

  @Test
  void period_boundaries_include_both_days_and_step_back_by_the_same_length() throws Exception {
    // 31 Dec 2004 alone: D is identified that day
    String oneDay =
        call("/api/v1/reports/annual?from=2004-12-31&to=2004-12-31").getContentAsString();
    assertThat(value(oneDay, "V0")).isEqualTo(1);
    assertThat(JsonPath.<String>read(oneDay, "$.previousPeriods[0].from")).isEqualTo("2004-12-30");
    // the April–March report period 2005/06 holds B, C and E but not A
    String aprilToMarch =
        call("/api/v1/reports/annual?from=2005-04-01&to=2006-03-31").getContentAsString();
    assertThat(value(aprilToMarch, "V0")).isEqualTo(3);
    assertThat(JsonPath.<String>read(aprilToMarch, "$.previousPeriods[0].from"))
        .isEqualTo("2004-04-01");
    assertThat(JsonPath.<String>read(aprilToMarch, "$.previousPeriods[1].to"))
        .isEqualTo("2004-03-31");
  }

  @Test
  void a_period_before_any_record_is_a_gap_not_a_zero() throws Exception {
    String json = call("/api/v1/reports/annual?from=1971-01-01&to=1971-12-31").getContentAsString();
    assertThat(line(json, "V0").get("value")).isNull();
    List<String> gaps = JsonPath.read(json, "$.dataGaps");
    assertThat(gaps).contains("V0", "P1", "R6", "R11");
    String y2005 =
        call("/api/v1/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString();
    List<String> gaps2005 = JsonPath.read(y2005, "$.dataGaps");
    assertThat(gaps2005).contains("R11", "R12", "V7B").doesNotContain("V0", "P1", "P4B", "R6");
  }

  @Test
  void bad_periods_are_refused_with_the_field_named() throws Exception {
    var backwards = call("/api/v1/reports/annual?from=2005-12-31&to=2005-01-01");
    assertThat(backwards.getStatus()).isEqualTo(400);
    assertThat(backwards.getContentAsString()).contains("\"to\"");
    var missing = call("/api/v1/reports/annual?from=2005-12-31");
    assertThat(missing.getStatus()).isEqualTo(400);
  }

  @Test
  void the_catalogue_lists_every_indicator_with_a_definition() throws Exception {
    String json = call("/api/v1/indicators?lang=ru").getContentAsString();
    List<String> ids = JsonPath.read(json, "$[*].id");
    assertThat(ids).contains("P1", "P13", "V1", "V18", "R1", "R13").doesNotHaveDuplicates();
    List<String> definitions = JsonPath.read(json, "$[*].definition");
    assertThat(definitions).allSatisfy(text -> assertThat(text).hasSizeGreaterThan(30));
  }

  @Test
  void the_glotip_export_has_unodc_columns_and_writes_small_counts_as_below_five()
      throws Exception {
    var response = call("/api/v1/exports/glotip?year=2005");
    assertThat(response.getStatus()).isEqualTo(200);
    String csv = response.getContentAsString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
                + "Unit of measurement,txtVALUE,Source");
    assertThat(csv)
        .contains(
            "KGZ,Kyrgyzstan,Asia,Central Asia,Detected trafficking victims,Total,Total,Total,Total,2005,Counts,<5,")
        .doesNotContain(",Counts,0,")
        .contains(
            "Detected trafficking victims,by citizenship,Uzbekistan,Total,Total,2005,Counts,<5")
        .contains(
            "Detected trafficking victims,by country of repatriation,Uzbekistan,Total,Total,2005")
        .contains("Persons convicted,Total,Total,Male,Total,2005,Counts,<5")
        .contains("Offences of trafficking in persons,Total,Total,Total,Total,2005,Counts,<5")
        .doesNotContain("Offences of trafficking in persons,by form");
    List<String> rows = csv.lines().skip(1).toList();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).endsWith(",Counts,<5,GLOTIP"));
    for (String row : rows) {
      String[] cells = row.split(",");
      String dimension = cells[5];
      String category = cells[6];
      String sex = cells[7];
      String age = cells[8];
      // the grid only: unknown sex goes with unknown age and nothing else
      assertThat(sex.equals("Unknown")).as(row).isEqualTo(age.equals("Unknown"));
      if (dimension.equals("by form of exploitation")) {
        assertThat(category)
            .isIn("Sexual exploitation", "Forced labour", "Other forms of exploitation");
      }
    }
    // the form grid: the Uzbek boy (forced labour) among persons under 18
    assertThat(csv)
        .contains(
            "Detected trafficking victims,by form of exploitation,Forced labour,Male,0 to 17 years,2005,Counts,<5,GLOTIP");
  }

  @Test
  void no_export_or_report_carries_an_identifying_value() throws Exception {
    List<String> outputs =
        List.of(
            call("/api/v1/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString(),
            call("/api/v1/exports/glotip?year=2005").getContentAsString(),
            call("/api/v1/exports/ctdc?from=2005-01-01&to=2005-12-31").getContentAsString(),
            call("/api/v1/exports/summary?from=2005-01-01&to=2005-12-31").getContentAsString(),
            call("/reports/annual?from=2005-01-01&to=2005-12-31").getContentAsString());
    assertThat(pseudonymsAndNumbers).hasSize(14);
    for (String output : outputs) {
      for (String identifying : pseudonymsAndNumbers) {
        assertThat(output).doesNotContain(identifying);
      }
      assertThat(output.toLowerCase())
          .doesNotContain("pseudonym")
          .doesNotContain("case_number")
          .doesNotContain("name_index")
          .doesNotContain("birth_date");
    }
  }

  /**
   * Analysts see aggregates: on the report page, its documents and the dashboard, 1–4 are "<5"; the
   * exact figures are the coordinator's, on the page and over the API.
   */
  @Test
  void analysts_see_small_figures_as_below_five_and_no_chart_of_a_few_persons() throws Exception {
    String period = "?from=2005-01-01&to=2005-12-31";
    assertThat(asAnalyst("/api/v1/reports/annual" + period).getStatus()).isEqualTo(403);
    String coordinatorPage = call("/reports/annual" + period).getContentAsString();
    String analystPage = asAnalyst("/reports/annual" + period).getContentAsString();
    String v0 = "id=\"indicator-V0\"";
    assertThat(shownValue(coordinatorPage, v0)).isEqualTo("3");
    assertThat(shownValue(analystPage, v0)).isEqualTo("&lt;5");
    // the breakdown cells too: a lone one is below five, never its count
    assertThat(row(analystPage, v0)).doesNotContain("text-end\">1<", "text-end\">2<");
    String dashboard = asAnalyst("/dashboard?year=2005").getContentAsString();
    // three persons identified: no share chart is drawn, and the funnels do not draw them
    assertThat(dashboard).contains("\"labels\":[],\"values\":[]").doesNotContain(",3,");
    assertThat(dashboard).contains("&lt;5");
  }

  /** The row of one indicator on the report page, up to the value of its period. */
  private static String row(String page, String marker) {
    int at = page.indexOf(marker);
    assertThat(at).as(marker).isGreaterThan(0);
    return page.substring(at, page.indexOf("fw-bold value", at));
  }

  /** The value of the period shown in an indicator's row. */
  private static String shownValue(String page, String marker) {
    int at = page.indexOf("fw-bold value", page.indexOf(marker));
    int open = page.indexOf("<span>", at) + "<span>".length();
    return page.substring(open, page.indexOf("</span>", open));
  }

  @Test
  void exports_are_for_national_roles_only() throws Exception {
    var investigator =
        mvc.perform(get("/api/v1/exports/glotip?year=2005").with(user("i").roles("INVESTIGATOR")))
            .andReturn()
            .getResponse();
    assertThat(investigator.getStatus()).isEqualTo(403);
  }

  @Test
  void the_report_comes_as_pdf_and_xlsx_and_the_dashboard_draws_from_it() throws Exception {
    var pdf = call("/reports/annual.pdf?from=2005-01-01&to=2005-12-31");
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    var xlsx = call("/reports/annual.xlsx?from=2005-01-01&to=2005-12-31&lang=ky");
    assertThat(xlsx.getStatus()).isEqualTo(200);
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(4);
      var text = new StringBuilder();
      book.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> text.append(c).append('|'))));
      assertThat(text).contains("V0|", "R11|");
      // in Kyrgyz: the period as a Kyrgyz reader writes its days, no English column head
      assertThat(text).contains("01.01.2005 – 31.12.2005").doesNotContain("|id|", "2005-01-01");
      for (String identifying : pseudonymsAndNumbers) {
        assertThat(text.toString()).doesNotContain(identifying);
      }
    }
    String dashboard = call("/dashboard?year=2005").getContentAsString();
    assertThat(dashboard).contains("echarts.min.js", "chart-protection", "\"V0\"");
    String page =
        call("/reports/annual?from=2005-01-01&to=2005-12-31&lang=ru").getContentAsString();
    assertThat(page).contains("indicator-P1", "data-gaps", "Уголовное преследование");
  }

  @Test
  void the_ctdc_export_leaves_out_what_is_rarer_than_eleven_and_says_how_many() throws Exception {
    var response = call("/api/v1/exports/ctdc?from=2005-01-01&to=2005-12-31");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("X-Suppressed-Records")).isEqualTo("3");
    assertThat(response.getHeader("X-Generalisation-Level")).isNotBlank();
    assertThat(response.getContentAsString().lines().count()).isEqualTo(1);
    // separated as CTDC's own files are, or by commas on request
    assertThat(response.getContentAsString())
        .startsWith("yearOfRegistration;Datasource;gender;ageBroad;");
    assertThat(
            call("/api/v1/exports/ctdc?from=2005-01-01&to=2005-12-31&separator=COMMA")
                .getContentAsString())
        .startsWith("yearOfRegistration,Datasource,gender,ageBroad,");
  }

  @Test
  void the_published_summary_hides_small_cells_and_their_partners() throws Exception {
    String csv = call("/api/v1/exports/summary?from=2005-01-01&to=2005-12-31").getContentAsString();
    // three persons, one per body: every non-zero cell is below five
    assertThat(csv).doesNotContain(",1,", ",2,", ",3,").contains("<5");
  }
}
