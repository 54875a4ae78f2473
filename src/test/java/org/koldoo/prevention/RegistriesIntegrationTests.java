package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each smaller registry: create, edit, list, export, and its rules. */
class RegistriesIntegrationTests extends IntegrationTest {

  static final String MVD = "00000000-0000-0000-0000-000000000002";
  static final String MOL = "00000000-0000-0000-0000-000000000001";

  @Autowired MockMvc mvc;
  @Autowired org.koldoo.support.ApiClient api;
  @Autowired JdbcClient jdbc;

  RequestPostProcessor coordinator;
  RequestPostProcessor inspector;
  RequestPostProcessor analyst;

  @BeforeEach
  void people() {
    coordinator = person("reg-coord", Role.NATIONAL_COORDINATOR);
    inspector = person("reg-insp", Role.LABOUR_INSPECTOR);
    analyst = person("reg-analyst", Role.ANALYST);
  }

  @Test
  void a_labour_inspection_is_recorded_edited_and_its_rules_hold() throws Exception {
    String body =
        """
        {"inspectedOn":"2026-10-01","inspectingBody":"%s","unannounced":true,"establishment":"Kumtor-like mine","sector":"MINING","siteType":"MINING_SITE","workersByNationality":"cn:40, KG:12","indicators":["ILO_RETENTION_OF_IDENTITY_DOCUMENTS"],"referredToPolice":true,"criminalCaseNumber":"KR-1"}"""
            .formatted(MOL);
    var created = call(inspector, "POST", "/api/v1/labour-inspections", body);
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(200);
    // an inspectorate records only its own inspections
    assertThat(
            call(
                    inspector,
                    "POST",
                    "/api/v1/labour-inspections",
                    body.replace(MOL.toString(), TestAccounts.MVD.toString()))
                .getStatus())
        .isEqualTo(403);
    // and reads no registry its screens do not show
    assertThat(call(inspector, "GET", "/api/v1/campaigns", null).getStatus()).isEqualTo(403);
    assertThat(call(inspector, "GET", "/api/v1/nap-activities", null).getStatus()).isEqualTo(403);
    String id = JsonPath.read(created.getContentAsString(), "$.id");
    Map<String, Object> row =
        jdbc.sql("select * from labour_inspection where id = :id")
            .param("id", UUID.fromString(id))
            .query()
            .singleRow();
    assertThat(row.get("workers_by_nationality")).isEqualTo("CN:40,KG:12");
    var edited =
        call(
            inspector,
            "PUT",
            "/api/v1/labour-inspections/" + id,
            body.replace("Kumtor-like mine", "Renamed mine").replace("}", ",\"version\":0}"));
    assertThat(edited.getStatus()).isEqualTo(200);
    var stale =
        call(
            inspector,
            "PUT",
            "/api/v1/labour-inspections/" + id,
            body.replace("}", ",\"version\":0}"));
    assertThat(stale.getStatus()).isEqualTo(409);
    var badCountry =
        call(inspector, "POST", "/api/v1/labour-inspections", body.replace("cn:40", "QQ:40"));
    assertThat(badCountry.getStatus()).isEqualTo(400);
    assertThat(badCountry.getContentAsString()).contains("workersByNationality");
    var caseWithoutReferral =
        call(
            inspector,
            "POST",
            "/api/v1/labour-inspections",
            body.replace("\"referredToPolice\":true", "\"referredToPolice\":false"));
    assertThat(caseWithoutReferral.getContentAsString()).contains("criminalCaseNumber");
    assertThat(call(analyst, "POST", "/api/v1/labour-inspections", body).getStatus())
        .as("analysts read only")
        .isEqualTo(403);
    String inspections =
        call(analyst, "GET", "/api/v1/labour-inspections?size=200", null).getContentAsString();
    assertThat(inspections).contains("Renamed mine", "\"inspectedOn\":\"", "\"total\":");
    assertThat(inspections).doesNotContain("inspected_on");
  }

  @Test
  void training_counts_participants_by_profession() throws Exception {
    var ok =
        call(
            coordinator,
            "POST",
            "/api/v1/training-events",
            """
            {"heldOn":"2026-09-10","topic":"Victim-centred investigation","organiser":"IOM","funder":"Donor","format":"MOCK_TRIAL","police":20,"prosecutors":15,"judges":5,"participantsByOrganisation":"mvd:20, PGO:15, COURTS:5"}""");
    assertThat(ok.getStatus()).isEqualTo(200);
    var nobody =
        call(
            coordinator,
            "POST",
            "/api/v1/training-events",
            """
            {"heldOn":"2026-09-10","topic":"x","organiser":"y","format":"IN_PERSON"}""");
    assertThat(nobody.getStatus()).isEqualTo(400);
    var offline =
        call(
            coordinator,
            "POST",
            "/api/v1/training-events",
            """
            {"heldOn":"2026-09-10","topic":"x","organiser":"y","format":"IN_PERSON","police":1,"onlineCompletions":5}""");
    assertThat(offline.getContentAsString()).contains("onlineCompletions");
    String trainings = call(analyst, "GET", "/api/v1/training-events", null).getContentAsString();
    assertThat(trainings).contains("Victim-centred investigation", "COURTS:5,MVD:20,PGO:15");
    // the API's names and dates: camelCase, a day as a day (not the midnight before it in UTC)
    assertThat(trainings)
        .contains("\"heldOn\":\"2026-09-10\"", "\"participantsByOrganisation\"")
        .doesNotContain("held_on", "T18:00:00");
    var unknownBody =
        call(
            coordinator,
            "POST",
            "/api/v1/training-events",
            """
            {"heldOn":"2026-09-10","topic":"x","organiser":"y","format":"IN_PERSON","police":1,"participantsByOrganisation":"NOPE:1"}""");
    assertThat(unknownBody.getStatus()).isEqualTo(400);
    assertThat(unknownBody.getContentAsString()).contains("participantsByOrganisation");
  }

  @Test
  void campaigns_and_migration_service_periods_are_kept_and_periods_do_not_overlap()
      throws Exception {
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/campaigns",
                    """
                    {"name":"100 days against Trafficking in Persons","startsOn":"2026-06-01","endsOn":"2026-09-08","regions":["OSH","BATKEN"],"channels":["TELEVISION","SOCIAL_MEDIA"],"reach":120000}""")
                .getStatus())
        .isEqualTo(200);
    var reversed =
        call(
            coordinator,
            "POST",
            "/api/v1/campaigns",
            """
            {"name":"x","startsOn":"2026-06-01","endsOn":"2026-05-01"}""");
    assertThat(reversed.getContentAsString()).contains("endsOn");
    // a campaign still running shows its open end, days as the page's language writes them
    String running = "Running campaign " + System.nanoTime();
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/campaigns",
                    """
                    {"name":"%s","startsOn":"2098-06-01"}"""
                        .formatted(running))
                .getStatus())
        .isEqualTo(200);
    // the latest start comes first: on the first page, whatever other tests recorded
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/outreach?lang=ru").with(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(running, "01.06.2098 – …");
    // a year no other test counts (the statistics tests read 2005 and 2006 as hand-built years)
    int year = 1990 + (int) (System.nanoTime() % 10);
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/migration-services",
                    """
                    {"periodStart":"%s-01-01","periodEnd":"%s-03-31","preDepartureOrientations":300,"consultations":1200,"peopleServed":1400}"""
                        .formatted(year, year))
                .getStatus())
        .isEqualTo(200);
    var overlap =
        call(
            coordinator,
            "POST",
            "/api/v1/migration-services",
            """
            {"periodStart":"%s-03-01","periodEnd":"%s-04-30","consultations":1}"""
                .formatted(year, year));
    assertThat(overlap.getStatus()).isEqualTo(400);
    assertThat(overlap.getContentAsString()).contains("overlaps");
  }

  @Test
  void coordination_keeps_sops_meetings_and_highlights_overdue_plan_activities() throws Exception {
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/sop-adoptions",
                    """
                    {"organisationId":"%s","stage":"ADOPTED","reachedOn":"2026-02-01"}"""
                        .formatted(MVD))
                .getStatus())
        .isEqualTo(200);
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/working-group-meetings",
                    """
                    {"heldOn":"2026-03-01","bodies":[]}""")
                .getContentAsString())
        .contains("bodies");
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/working-group-meetings",
                    """
                    {"heldOn":"2026-03-01","bodies":["%s","%s"],"decisions":"Adopt NRM SOPs"}"""
                        .formatted(MVD, MOL))
                .getStatus())
        .isEqualTo(200);
    String code = "N" + System.nanoTime() % 100000;
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/nap-activities",
                    """
                    {"code":"%s","title":"Train judges","responsibleBody":"%s","deadline":"2025-12-31","status":"IN_PROGRESS"}"""
                        .formatted(code, MOL))
                .getStatus())
        .isEqualTo(200);
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/nap-activities",
                    """
                    {"code":"%s","title":"dup","responsibleBody":"%s","deadline":"2027-12-31","status":"NOT_STARTED"}"""
                        .formatted(code, MOL))
                .getStatus())
        .isEqualTo(400);
    String activities = call(analyst, "GET", "/api/v1/nap-activities", null).getContentAsString();
    List<Boolean> overdue =
        JsonPath.read(activities, "$.items[?(@.code == '" + code + "')].overdue");
    assertThat(overdue).containsExactly(true);
    String page =
        mvc.perform(MockMvcRequestBuilders.get("/coordination").with(coordinator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(code, "table-danger");
  }

  @Test
  void every_registry_screen_renders_saves_from_its_form_and_exports_csv() throws Exception {
    for (String path :
        new String[] {"/inspections", "/training", "/outreach", "/coordination", "/rights"}) {
      assertThat(
              mvc.perform(MockMvcRequestBuilders.get(path).with(coordinator))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(path)
          .isEqualTo(200);
    }
    var saved =
        mvc.perform(
                MockMvcRequestBuilders.post("/training")
                    .with(coordinator)
                    .with(csrf())
                    .param("heldOn", "2026-08-01")
                    .param("topic", "Diplomats on trafficking")
                    .param("organiser", "MFA")
                    .param("funder", "")
                    .param("format", "IN_PERSON")
                    .param("diplomats", "12"))
            .andReturn()
            .getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo("/training");
    for (String csv :
        new String[] {
          "/inspections/export.csv",
          "/training/export.csv",
          "/outreach/campaigns.csv",
          "/outreach/periods.csv",
          "/coordination/sops.csv",
          "/coordination/meetings.csv",
          "/coordination/activities.csv",
          "/rights/support.csv",
          "/rights/demand.csv",
          "/rights/harassment.csv"
        }) {
      var response =
          mvc.perform(MockMvcRequestBuilders.get(csv).with(coordinator)).andReturn().getResponse();
      assertThat(response.getContentType()).as(csv).startsWith("text/csv");
      String header =
          response.getContentAsString().replace("\uFEFF", "").lines().findFirst().orElse("");
      assertThat(header.split(","))
          .as("%s begins with its columns, never the row's id or version", csv)
          .hasSizeGreaterThan(1)
          .doesNotContain("id", "version", "recorded_by");
    }
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/training/export.csv").with(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Diplomats on trafficking");
  }

  // a centre and a year no other test records support for, so "the same support twice" is this
  // test's own
  static final String CC_OSH = "00000000-0000-0000-0000-000000000012";

  /**
   * Government support to NGO crisis centres, demand-reduction actions and harassment incidents:
   * their rules refuse with the field named, and what is saved is shown back on the screen.
   */
  @Test
  void support_demand_reduction_and_harassment_are_kept_with_their_rules() throws Exception {
    String support =
        """
        {"centreId":"%s","funderId":"%s","periodStart":"2099-01-01","periodEnd":"2099-12-31","kind":"%s"%s}""";
    // the centre must be an NGO, the funder a state body
    var notNgo =
        call(
            coordinator,
            "POST",
            "/api/v1/ngo-centre-support",
            support.formatted(MVD, MOL, "MONEY", ",\"amountKgs\":1000"));
    assertThat(notNgo.getStatus()).isEqualTo(400);
    assertThat(notNgo.getContentAsString()).contains("centreId", "not an NGO");
    var notState =
        call(
            coordinator,
            "POST",
            "/api/v1/ngo-centre-support",
            support.formatted(CC_OSH, CC_OSH, "MONEY", ",\"amountKgs\":1000"));
    assertThat(notState.getContentAsString()).contains("funderId");
    // money needs its amount; support in kind says what it was
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/ngo-centre-support",
                    support.formatted(CC_OSH, MOL, "MONEY", ""))
                .getContentAsString())
        .contains("amountKgs");
    assertThat(
            call(
                    coordinator,
                    "POST",
                    "/api/v1/ngo-centre-support",
                    support.formatted(CC_OSH, MOL, "IN_KIND", ""))
                .getContentAsString())
        .contains("description");
    var money =
        call(
            coordinator,
            "POST",
            "/api/v1/ngo-centre-support",
            support.formatted(CC_OSH, MOL, "MONEY", ",\"amountKgs\":250000.50"));
    assertThat(money.getStatus()).as(money.getContentAsString()).isEqualTo(200);
    // the same support entered twice for the same days is refused
    var twice =
        call(
            coordinator,
            "POST",
            "/api/v1/ngo-centre-support",
            support.formatted(CC_OSH, MOL, "MONEY", ",\"amountKgs\":1"));
    assertThat(twice.getStatus()).isEqualTo(400);
    assertThat(twice.getContentAsString()).contains("periodStart");
    // analysts read, never write
    assertThat(
            call(
                    analyst,
                    "POST",
                    "/api/v1/ngo-centre-support",
                    support.formatted(CC_OSH, MOL, "IN_KIND", ",\"description\":\"rooms\""))
                .getStatus())
        .isEqualTo(403);

    var action =
        call(
            coordinator,
            "POST",
            "/api/v1/demand-reduction-actions",
            """
            {"heldOn":"2026-06-01","organisationId":"%s","kind":"LAW_ENFORCEMENT","title":"Checks on buyers in saunas","reach":0}"""
                .formatted(MVD));
    assertThat(action.getStatus()).as(action.getContentAsString()).isEqualTo(200);

    var backwards =
        call(
            coordinator,
            "POST",
            "/api/v1/harassment-incidents",
            """
            {"reportedOn":"2026-06-01","occurredOn":"2026-06-05","target":"LABOUR_UNION","perpetrator":"EMPLOYER","description":"x"}""");
    assertThat(backwards.getStatus()).isEqualTo(400);
    assertThat(backwards.getContentAsString()).contains("occurredOn");
    var incident =
        call(
            coordinator,
            "POST",
            "/api/v1/harassment-incidents",
            """
            {"reportedOn":"2026-06-05","occurredOn":"2026-06-01","target":"WORKER_COMPLAINANT","perpetrator":"OFFICIAL","region":"OSH","referredToPolice":true,"description":"Threatened after a wage complaint"}""");
    assertThat(incident.getStatus()).as(incident.getContentAsString()).isEqualTo(200);

    String page =
        mvc.perform(
                MockMvcRequestBuilders.get("/rights").with(analyst).header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("250,000.50 som", "CC-OSH")
        .contains("Checks on buyers in saunas", "Enforcement against buyers")
        .contains("Threatened after a wage complaint", "Worker who complained", "Public official");
    // amounts as the reader's language writes them
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.get("/rights")
                        .with(analyst)
                        .header("Accept-Language", "ru"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .containsPattern("250\\h000,50 сом");
  }

  @Test
  void every_registry_entry_can_be_edited_once_per_version() throws Exception {
    int year = 1950 + (int) (System.nanoTime() % 40);
    String[][] registries = {
      {
        "/api/v1/training-events",
        """
        {"heldOn":"2026-09-10","topic":"T1","organiser":"O","format":"IN_PERSON","police":3""",
        "T1",
        "T2"
      },
      {
        "/api/v1/campaigns",
        """
                             {"name":"C1","startsOn":"2026-06-01","reach":10""",
        "C1",
        "C2"
      },
      {
        "/api/v1/migration-services",
        """
        {"periodStart":"%s-05-01","periodEnd":"%s-05-31","consultations":11"""
            .formatted(year, year),
        "consultations\":11",
        "consultations\":12"
      },
      {
        "/api/v1/sop-adoptions",
        """
        {"organisationId":"%s","stage":"DRAFTED","reachedOn":"2026-01-01\""""
            .formatted(MOL),
        "DRAFTED",
        "FINALISED"
      },
      {
        "/api/v1/working-group-meetings",
        """
        {"heldOn":"2026-02-01","bodies":["%s"],"decisions":"D1\""""
            .formatted(MOL),
        "D1",
        "D2"
      },
      {
        "/api/v1/nap-activities",
        """
        {"code":"E%s","title":"A1","responsibleBody":"%s","deadline":"2027-01-01","status":"NOT_STARTED\""""
            .formatted(System.nanoTime() % 100000, MOL),
        "A1",
        "A2"
      }
    };
    for (String[] r : registries) {
      var created = call(coordinator, "POST", r[0], r[1] + "}");
      assertThat(created.getStatus()).as(r[0] + " " + created.getContentAsString()).isEqualTo(200);
      String id = JsonPath.read(created.getContentAsString(), "$.id");
      String edited = r[1].replace(r[2], r[3]) + ",\"version\":0}";
      assertThat(call(coordinator, "PUT", r[0] + "/" + id, edited).getStatus())
          .as(r[0])
          .isEqualTo(200);
      assertThat(call(coordinator, "PUT", r[0] + "/" + id, edited).getStatus())
          .as(r[0] + " stale")
          .isEqualTo(409);
      assertThat(call(analyst, "GET", r[0], null).getContentAsString()).as(r[0]).contains(r[3]);
    }
  }

  private RequestPostProcessor person(String prefix, Role role) {
    return api.person(prefix, TestAccounts.MOL, role);
  }

  private MockHttpServletResponse call(
      RequestPostProcessor who, String method, String url, String json) throws Exception {
    return api.call(who, method, url, json);
  }
}
