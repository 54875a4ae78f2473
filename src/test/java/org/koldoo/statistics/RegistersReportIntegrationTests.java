package org.koldoo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.koldoo.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A second hand-built year (2006) for the figures the first one does not reach: operations,
 * cooperation and protection events, returns, training, campaigns, the employment centre, SOPs,
 * meetings, the NAP, agencies, inspections and the bodies reporting. No other test writes records
 * dated 2006.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistersReportIntegrationTests extends IntegrationTest {

  static final UUID PGO = UUID.fromString("00000000-0000-0000-0000-000000000003");
  static final UUID OMBUDSMAN = UUID.fromString("00000000-0000-0000-0000-000000000006");
  static final UUID MOH = UUID.fromString("00000000-0000-0000-0000-000000000008");
  static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");
  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  String json;

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  void sql(String sql, Object... values) {
    var spec = jdbc.sql(sql);
    for (Object v : values) {
      spec = spec.param(v);
    }
    spec.update();
  }

  @BeforeAll
  void year2006() throws Exception {
    Records r = new Records(jdbc);
    UUID child =
        r.victim(
            Records.CC_BISHKEK,
            d("2006-02-01"),
            "MALE",
            12,
            true,
            "KG",
            Records.index(),
            Records.index());
    r.identify(
        child, d("2006-02-10"), "IDENTIFIED_VICTIM", Records.CC_BISHKEK, "ARMED_GROUPS", "SY");
    r.returned(child, "REPATRIATION_FROM_CONFLICT_ZONE", d("2006-03-01"), "SY");
    UUID adult =
        r.victim(
            Records.MVD,
            d("2006-01-02"),
            "FEMALE",
            30,
            false,
            "KG",
            Records.index(),
            Records.index());
    r.identify(adult, d("2006-02-11"), "IDENTIFIED_VICTIM", Records.MVD, "FORCED_LABOUR", "RU");
    r.returned(adult, "CONSULAR_ASSISTANCE", d("2006-01-05"), "RU");
    r.returned(adult, "REPATRIATION_OF_NATIONAL", d("2006-01-20"), "RU");
    r.serve(adult, Records.MOL, "LEGAL_AID", d("2006-03-01"));
    UUID foreign =
        r.victim(
            Records.IOM,
            d("2006-03-01"),
            "FEMALE",
            25,
            false,
            "UZ",
            Records.index(),
            Records.index());
    r.returned(foreign, "RESIDENCE_PERMIT", d("2006-04-01"), "KG");

    UUID o1 = UUID.randomUUID();
    sql(
        "insert into enforcement_operation (id, name, started_on, offences_uncovered,"
            + " trafficking_among_offences, organisation_id, recorded_by)"
            + " values (?, 'Sauna checks', ?, 12, 'YES', ?, 'test')",
        o1,
        d("2006-02-20"),
        Records.MVD);
    sql(
        "insert into enforcement_operation (id, name, started_on, offences_uncovered,"
            + " trafficking_among_offences, organisation_id, recorded_by)"
            + " values (?, 'Market checks', ?, 5, 'NO', ?, 'test')",
        UUID.randomUUID(),
        d("2006-05-01"),
        Records.MVD);
    // persons met in the sauna checks: 12 arrested unscreened, 8 deported after screening
    sql(
        "insert into operation_detention (id, operation_id, occurred_on, measure, persons,"
            + " citizenship, screened, referred_as_victims, organisation_id, recorded_by,"
            + " recorded_at) values (?, ?, ?, 'ARREST', 12, 'KG', false, 0, ?, 'test', now())",
        UUID.randomUUID(),
        o1,
        d("2006-02-21"),
        Records.MVD);
    sql(
        "insert into operation_detention (id, operation_id, occurred_on, measure, persons,"
            + " citizenship, screened, referred_as_victims, organisation_id, recorded_by,"
            + " recorded_at) values (?, ?, ?, 'DEPORTATION', 8, 'UZ', true, 2, ?, 'test', now())",
        UUID.randomUUID(),
        o1,
        d("2006-03-01"),
        Records.MVD);
    // government support to the two NGO crisis centres
    support(Records.CC_BISHKEK, Records.MOL, "MONEY", "150000.00", null);
    support(Records.CC_BISHKEK, Records.MOL, "IN_KIND", "20000.00", "premises");
    support(CC_OSH, OSH_CITY, "MONEY", "50000.40", null);
    sql(
        "insert into demand_reduction_action (id, held_on, organisation_id, kind, title, reach,"
            + " recorded_by) values (?, ?, ?, 'LAW_ENFORCEMENT', 'Checks on buyers', 0, 'test')",
        UUID.randomUUID(),
        d("2006-05-01"),
        Records.MVD);
    sql(
        "insert into demand_reduction_action (id, held_on, organisation_id, kind, title, reach,"
            + " recorded_by) values (?, ?, ?, 'AWARENESS', 'Posters in hotels', 1500, 'test')",
        UUID.randomUUID(),
        d("2006-07-01"),
        Records.MOL);
    sql(
        "insert into harassment_incident (id, reported_on, target, perpetrator, referred_to_police,"
            + " description, recorded_by) values (?, ?, 'LABOUR_UNION', 'EMPLOYER', true,"
            + " 'Organiser dismissed', 'test')",
        UUID.randomUUID(),
        d("2006-03-10"));
    sql(
        "insert into harassment_incident (id, reported_on, target, perpetrator, referred_to_police,"
            + " description, recorded_by) values (?, ?, 'WORKER_COMPLAINANT', 'OFFICIAL', false,"
            + " 'Threatened after a complaint', 'test')",
        UUID.randomUUID(),
        d("2006-08-01"));
    UUID k6 =
        r.criminalCase(
            d("2006-02-01"), Records.ART_166, "SEXUAL_EXPLOITATION", "POLICE_INITIATIVE");
    sql("update criminal_case set not_international_definition = true where id = ?", k6);
    UUID k7 =
        r.criminalCase(d("2006-03-01"), Records.ART_170, "FORCED_LABOUR", "ENFORCEMENT_OPERATION");
    sql("update criminal_case set operation_id = ? where id = ?", o1, k7);
    UUID k8 =
        r.criminalCase(
            d("2006-01-15"), Records.ART_166, "SEXUAL_EXPLOITATION", "POLICE_INITIATIVE");
    UUID d1 = r.defendant(k8, "MALE", false);
    sql(
        "insert into criminal_case_victim (criminal_case_id, victim_case_id, pseudonym) values (?, ?, 'V-TEST0001')",
        k8,
        child);
    r.event(k8, "JOINT_INVESTIGATIVE_GROUP", d("2006-02-01"), null, null, null, null);
    r.event(k8, "INTERNATIONAL_REQUEST", d("2006-02-02"), null, null, null, null);
    r.event(k8, "VIDEO_TESTIMONY", d("2006-03-01"), null, null, null, null);
    r.event(k8, "WITNESS_PROTECTION", d("2006-03-02"), null, null, null, null);
    r.event(k8, "SENT_TO_COURT", d("2006-04-01"), null, null, null, null);
    r.event(k8, "VERDICT", d("2006-06-01"), d1, null, "DISMISSED_INSUFFICIENT_EVIDENCE", null);
    UUID k9 = r.criminalCase(d("2006-01-20"), Records.ART_170, "FORCED_LABOUR", "VICTIM_COMPLAINT");
    UUID d2 = r.defendant(k9, "FEMALE", false);
    r.event(k9, "SENT_TO_COURT", d("2006-03-01"), null, null, null, null);
    r.event(k9, "VERDICT", d("2006-05-01"), d2, null, "CONVICTED", null);
    r.event(k9, "SENTENCE", d("2006-05-01"), d2, null, null, 36);
    sql(
        "update case_event set suspended = true where criminal_case_id = ? and event_type = 'SENTENCE'",
        k9);
    r.event(k9, "NON_PUNISHMENT", d("2006-05-01"), null, null, null, null);
    r.compensation(k9, "COMPENSATION_ORDERED", d("2006-05-02"), 50_000);
    r.compensation(k9, "COMPENSATION_PAID", d("2006-07-01"), 50_000);

    sql(
        "insert into training_event (id, held_on, topic, organiser, funder, format, police, prosecutors,"
            + " judges, labour_inspectors, social_workers, diplomats, peacekeepers, others, recorded_by)"
            + " values (?, ?, 'Identification', 'PGO Training Centre', 'OSCE', 'IN_PERSON', 10, 5, 2, 3, 1,"
            + " 4, 6, 7, 'test')",
        UUID.randomUUID(),
        d("2006-03-10"));
    sql(
        "insert into awareness_campaign (id, name, starts_on, reach, recorded_by) values (?, '100 days', ?, 5000, 'test')",
        UUID.randomUUID(),
        d("2006-04-01"));
    sql(
        "insert into awareness_campaign (id, name, starts_on, reach, recorded_by) values (?, 'Winter', ?, 900, 'test')",
        UUID.randomUUID(),
        d("2005-12-01"));
    sql(
        "insert into migration_service_period (id, period_start, period_end, pre_departure_orientations,"
            + " consultations, people_served, recorded_by) values (?, ?, ?, 20, 300, 100, 'test')",
        UUID.randomUUID(),
        d("2006-01-01"),
        d("2006-03-31"));
    for (Object[] sop :
        new Object[][] {
          {Records.MOL, "DRAFTED", "2006-01-10"},
          {Records.MOL, "ADOPTED", "2006-06-01"},
          {Records.MVD, "DRAFTED", "2006-02-01"},
          {PGO, "ADOPTED", "2006-03-01"},
          {MOH, "EXPECTED", "2006-01-05"},
          {OMBUDSMAN, "ADOPTED", "2006-04-01"}
        }) {
      sql(
          "insert into sop_adoption (id, organisation_id, stage, reached_on, recorded_by) values (?, ?, ?, ?, 'test')",
          UUID.randomUUID(),
          sop[0],
          sop[1],
          d((String) sop[2]));
    }
    for (String day : List.of("2006-02-15", "2006-09-15")) {
      sql(
          "insert into working_group_meeting (id, held_on, bodies, recorded_by) values (?, ?, 'MOL, MVD', 'test')",
          UUID.randomUUID(),
          d(day));
    }
    for (String[] nap :
        new String[][] {
          {"2006-03-01", "DONE"}, {"2006-05-01", "IN_PROGRESS"}, {"2006-12-31", "NOT_STARTED"}
        }) {
      sql(
          "insert into nap_activity (id, code, title, responsible_body, deadline, status, recorded_by)"
              + " values (?, ?, 'Activity', ?, ?, ?, 'test')",
          UUID.randomUUID(),
          "T06-" + Records.index().substring(0, 8),
          Records.MOL,
          d(nap[0]),
          nap[1]);
    }
    UUID ag1 = agency("2005-01-01", "2007-12-31", "VALID");
    agency("2005-01-01", "2006-06-30", "VALID");
    agency("2005-01-01", "2007-12-31", "SUSPENDED");
    report(ag1, "COMPLAINT", "2006-02-01", null, null);
    report(ag1, "FEE_REPORT", "2006-03-01", 1500, "PRE_DEPARTURE");
    report(ag1, "FEE_REPORT", "2006-03-02", 800, "PRE_DEPARTURE");
    report(ag1, "FEE_REPORT", "2006-03-03", 5000, "AFTER_ARRIVAL");
    inspection("2006-04-01", true, "ILO_DECEPTION", false);
    inspection("2006-04-02", false, null, true);
    inspection("2006-04-03", false, null, false);

    json =
        mvc.perform(
                get("/api/v1/reports/annual?from=2006-01-01&to=2006-12-31")
                    .with(user("coordinator").roles("NATIONAL_COORDINATOR")))
            .andReturn()
            .getResponse()
            .getContentAsString();
  }

  void support(UUID centre, UUID funder, String kind, String amount, String description) {
    sql(
        "insert into ngo_centre_support (id, centre_id, funder_id, period_start, period_end, kind,"
            + " amount_kgs, description, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'test')",
        UUID.randomUUID(),
        centre,
        funder,
        d("2006-01-01"),
        d("2006-12-31"),
        kind,
        new java.math.BigDecimal(amount),
        description);
  }

  UUID agency(String from, String to, String status) {
    UUID id = UUID.randomUUID();
    sql(
        "insert into employment_agency (id, licence_number, holder, valid_from, valid_to, status,"
            + " created_at, updated_at) values (?, ?, 'Agency', ?, ?, ?, now(), now())",
        id,
        "T06-" + Records.index().substring(0, 10),
        d(from),
        d(to),
        status);
    return id;
  }

  void report(UUID agency, String kind, String on, Integer fee, String stage) {
    sql(
        "insert into agency_report (id, agency_id, kind, received_on, fee_kgs, fee_stage, recorded_by,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, 'test', now())",
        UUID.randomUUID(),
        agency,
        kind,
        d(on),
        fee,
        stage);
  }

  void inspection(String on, boolean unannounced, String indicators, boolean police) {
    sql(
        "insert into labour_inspection (id, inspected_on, inspecting_body, unannounced, establishment,"
            + " site_type, indicators, referred_to_police, recorded_by)"
            + " values (?, ?, ?, ?, 'Farm', 'FARM', ?, ?, 'test')",
        UUID.randomUUID(),
        d(on),
        Records.MOL,
        unannounced,
        indicators,
        police);
  }

  long value(String id) {
    List<Number> values = JsonPath.read(json, "$.indicators[?(@.id == '" + id + "')].value");
    assertThat(values).as(id).hasSize(1);
    assertThat(values.get(0)).as(id + " has data").isNotNull();
    return values.get(0).longValue();
  }

  Map<String, Integer> breakdown(String id, String breakdown) {
    List<Map<String, Integer>> found =
        JsonPath.read(json, "$.indicators[?(@.id == '" + id + "')].breakdowns." + breakdown);
    return found.get(0);
  }

  @Test
  void prosecution_registers_match_the_hand_count() {
    assertThat(value("P1")).isEqualTo(4);
    assertThat(value("P4A")).isEqualTo(2);
    assertThat(value("P4B")).isEqualTo(1);
    assertThat(value("P5")).isEqualTo(1);
    assertThat(breakdown("P5", "SENTENCE")).containsExactlyEntriesOf(Map.of("SUSPENDED", 1));
    assertThat(value("P6")).isEqualTo(1);
    assertThat(value("P7")).isEqualTo(2);
    assertThat(breakdown("P7", "TRAFFICKING_AMONG_OFFENCES"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("YES", 1, "NO", 1));
    assertThat(value("P7B")).isEqualTo(17);
    assertThat(value("P7C")).isEqualTo(1);
    assertThat(value("P9")).isEqualTo(1);
    assertThat(breakdown("P9", "CHILD_VICTIM")).containsExactlyEntriesOf(Map.of("true", 1));
    assertThat(value("P10")).isEqualTo(21);
    assertThat(breakdown("P10", "PROFESSION"))
        .containsEntry("POLICE", 10)
        .containsEntry("PROSECUTORS", 5);
    assertThat(value("P13")).isEqualTo(3);
    assertThat(value("P14")).isEqualTo(2);
  }

  @Test
  void protection_events_and_returns_match_the_hand_count() {
    // adopted: MOL, PGO and the Ombudsman, of the five bodies with any stage
    assertThat(value("V4")).isEqualTo(3);
    assertThat(breakdown("V4", "ORGANISATION_TYPE"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("MINISTRY", 1, "PROSECUTION", 1, "OMBUDSMAN", 1));
    assertThat(value("V4B")).isEqualTo(5);
    assertThat(breakdown("V4B", "ORGANISATION_TYPE"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("MINISTRY", 2, "LAW_ENFORCEMENT", 1, "PROSECUTION", 1, "OMBUDSMAN", 1));
    assertThat(value("V7B")).isEqualTo(2);
    assertThat(breakdown("V7B", "SUPPORT_KIND"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("MONEY", 2, "IN_KIND", 1));
    assertThat(value("V7C")).isEqualTo(200_000);
    assertThat(breakdown("V7C", "PROVIDER"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("CC-BISHKEK", 150_000, "CC-OSH", 50_000));
    assertThat(value("V7D")).isEqualTo(20_000);
    assertThat(value("V18")).isEqualTo(20);
    assertThat(breakdown("V18", "MEASURE"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("ARREST", 12, "DEPORTATION", 8));
    assertThat(value("V18A")).isEqualTo(12);
    assertThat(value("V18B")).isEqualTo(2);
    assertThat(value("V8")).isEqualTo(1);
    assertThat(value("V9")).isEqualTo(1);
    assertThat(value("V9C")).isEqualTo(1);
    assertThat(value("V10")).isEqualTo(1);
    assertThat(value("V12")).isEqualTo(1);
    assertThat(value("V13")).isEqualTo(1);
    assertThat(value("V14")).isEqualTo(1);
    assertThat(value("V16")).isEqualTo(1);
    assertThat(value("V16B")).isEqualTo(1);
    assertThat(value("V17")).isEqualTo(1);
  }

  @Test
  void prevention_registers_match_the_hand_count() {
    assertThat(value("R1")).isEqualTo(3);
    assertThat(value("R1B")).isEqualTo(2);
    assertThat(value("R2")).isEqualTo(2);
    assertThat(value("R3")).isEqualTo(1);
    assertThat(value("R3B")).isEqualTo(5000);
    assertThat(value("R4")).isEqualTo(100);
    assertThat(value("R4B")).isEqualTo(20);
    assertThat(value("R5")).isEqualTo(1);
    assertThat(value("R5B")).isEqualTo(1);
    assertThat(value("R5C")).isEqualTo(1);
    assertThat(value("R7")).isEqualTo(3);
    assertThat(value("R7B")).isEqualTo(1);
    assertThat(value("R7C")).isEqualTo(2);
    assertThat(value("R8")).isEqualTo(300);
    assertThat(value("R9")).isEqualTo(4);
    assertThat(value("R10")).isEqualTo(6);
    assertThat(value("R11")).isEqualTo(2);
    assertThat(breakdown("R11", "DEMAND_ACTION_KIND"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("LAW_ENFORCEMENT", 1, "AWARENESS", 1));
    assertThat(value("R11B")).isEqualTo(1500);
    assertThat(value("R12")).isEqualTo(2);
    assertThat(breakdown("R12", "HARASSMENT_TARGET"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("LABOUR_UNION", 1, "WORKER_COMPLAINANT", 1));
    assertThat(value("R12B")).isEqualTo(1);
    // bodies that recorded anything in 2006: the two NGOs/IOs and MVD registering cases, MOL
    // providing legal aid and inspecting
    assertThat(value("R13")).isEqualTo(4);
  }
}
