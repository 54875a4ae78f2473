package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class PreventionIntegrationTests extends IntegrationTest {

  static final UUID CC_OSH = UUID.fromString("00000000-0000-0000-0000-000000000012");

  @Autowired MockMvc mvc;
  @Autowired org.koldoo.support.ApiClient api;
  @Autowired JdbcClient jdbc;

  RequestPostProcessor operator;
  RequestPostProcessor inspector;

  @BeforeEach
  void people() {
    operator = person("hotline", TestAccounts.MOL, Role.HOTLINE_OPERATOR);
    inspector = person("inspector", TestAccounts.MOL, Role.LABOUR_INSPECTOR);
  }

  @Test
  void a_call_is_logged_in_one_form_with_defaults_and_a_screening_it_started_stays_linked()
      throws Exception {
    var page =
        mvc.perform(MockMvcRequestBuilders.get("/hotline").with(operator))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("autofocus");
    var logged = mvc.perform(callForm(operator)).andReturn();
    var mav = logged.getModelAndView();
    String debug =
        mav == null
            ? ""
            : String.valueOf(
                mav.getModel().get("org.springframework.validation.BindingResult.form"));
    assertThat(logged.getResponse().getRedirectedUrl()).as(debug).isEqualTo("/hotline");
    UUID call =
        jdbc.sql(
                "select id from hotline_call where operator like 'hotline-%' order by created_at desc limit 1")
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("select trafficking_related from hotline_call where id = :id")
                .param("id", call)
                .query(Boolean.class)
                .single())
        .as("a call about trafficking is trafficking-related")
        .isTrue();

    RequestPostProcessor ngo = person("hotline-ngo", CC_OSH, Role.CASE_WORKER);
    var registered =
        call(
            ngo,
            "POST",
            "/api/v1/cases",
            """
                                           {"givenName":"Звонившая","sex":"FEMALE"}""");
    String pseudonym = JsonPath.read(registered.getContentAsString(), "$.pseudonym");
    var linked =
        call(
            operator,
            "POST",
            "/api/v1/hotline/calls/" + call + "/case",
            """
            {"pseudonym":"%s"}"""
                .formatted(pseudonym));
    assertThat(linked.getStatus()).isEqualTo(200);
    assertThat((String) JsonPath.read(linked.getContentAsString(), "$.outcome"))
        .isEqualTo("SCREENING_STARTED");
    // the operator cannot see the NGO's case: the link is kept, the case's id is not shown
    assertThat(linked.getContentAsString())
        .doesNotContain(JsonPath.<String>read(registered.getContentAsString(), "$.id"));
    assertThat(
            jdbc.sql("select victim_case_id::text from hotline_call where id = :id")
                .param("id", call)
                .query(String.class)
                .single())
        .isEqualTo(JsonPath.<String>read(registered.getContentAsString(), "$.id"));
    // another hotline may neither link nor correct this hotline's call
    RequestPostProcessor otherHotline = person("hotline-other", CC_OSH, Role.HOTLINE_OPERATOR);
    assertThat(
            call(
                    otherHotline,
                    "POST",
                    "/api/v1/hotline/calls/" + call + "/case",
                    """
                    {"pseudonym":"%s"}"""
                        .formatted(pseudonym))
                .getStatus())
        .isEqualTo(403);
    String editLink = "href=\"/hotline?edit=" + call + "\"";
    assertThat(page(operator))
        .as("the hotline that logged the call corrects it")
        .contains(editLink);
    assertThat(page(otherHotline))
        .as("another hotline sees the call but is offered no correction")
        .doesNotContain(editLink);
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/hotline?edit=" + call).with(otherHotline))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  private String page(RequestPostProcessor person) throws Exception {
    // the day of this test's call, among the few calls logged that day
    return mvc.perform(
            MockMvcRequestBuilders.get("/hotline?from=2026-11-20&to=2026-11-20&trafficking=true")
                .with(person))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void the_coordinator_and_analysts_read_the_calls_but_log_none_through_the_page()
      throws Exception {
    long before = jdbc.sql("select count(*) from hotline_call").query(Long.class).single();
    for (Role reader : List.of(Role.NATIONAL_COORDINATOR, Role.ANALYST)) {
      RequestPostProcessor person = person("reader", TestAccounts.MOL, reader);
      var page = mvc.perform(MockMvcRequestBuilders.get("/hotline").with(person)).andReturn();
      assertThat(page.getResponse().getStatus()).as(reader.name()).isEqualTo(200);
      assertThat(page.getResponse().getContentAsString())
          .as(reader.name() + " is shown no form to log or link a call")
          .doesNotContain("id=\"call-form\"", "name=\"pseudonym\"");
      var posted = mvc.perform(callForm(person)).andReturn();
      assertThat(posted.getResponse().getStatus()).as(reader.name()).isEqualTo(403);
    }
    assertThat(jdbc.sql("select count(*) from hotline_call").query(Long.class).single())
        .as("nothing saved")
        .isEqualTo(before);
  }

  /** A call as the hotline page's form posts it. */
  private static MockHttpServletRequestBuilder callForm(RequestPostProcessor person) {
    return MockMvcRequestBuilders.post("/hotline")
        .with(person)
        .with(csrf())
        .param("receivedAt", "2026-11-20T10:15")
        .param("channel", "PHONE")
        .param("callerType", "POTENTIAL_VICTIM")
        .param("language", "ky")
        .param("topics", "TRAFFICKING")
        .param("outcome", "INFORMATION_GIVEN")
        .param("_traffickingRelated", "on"); // the marker a browser sends for a checkbox
  }

  @Test
  void bad_calls_are_refused_field_by_field() throws Exception {
    long before = jdbc.sql("select count(*) from hotline_call").query(Long.class).single();
    var noTopic =
        call(
            operator,
            "POST",
            "/api/v1/hotline/calls",
            """
            {"receivedAt":"2026-11-20T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":[],"outcome":"INFORMATION_GIVEN"}""");
    assertThat(noTopic.getStatus()).isEqualTo(400);
    assertThat(noTopic.getContentAsString()).contains("topics");
    var future =
        call(
            operator,
            "POST",
            "/api/v1/hotline/calls",
            """
            {"receivedAt":"2099-01-01T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}""");
    assertThat(future.getContentAsString()).contains("receivedAt");
    var noBody =
        call(
            operator,
            "POST",
            "/api/v1/hotline/calls",
            """
            {"receivedAt":"2026-11-20T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["LEGAL_ADVICE"],"outcome":"REFERRED_TO_BODY"}""");
    assertThat(noBody.getContentAsString()).contains("referredTo");
    assertThat(jdbc.sql("select count(*) from hotline_call").query(Long.class).single())
        .isEqualTo(before);
    assertThat(
            call(
                    inspector,
                    "POST",
                    "/api/v1/hotline/calls",
                    """
                    {"receivedAt":"2026-11-20T10:15:00","channel":"PHONE","callerType":"OTHER","language":"ru","topics":["OTHER"],"outcome":"INFORMATION_GIVEN"}""")
                .getStatus())
        .as("only hotline operators log calls")
        .isEqualTo(403);
  }

  @Test
  void the_public_check_needs_no_login_and_shows_licence_data_only() throws Exception {
    String number = "LIC-" + System.nanoTime() % 1_000_000;
    var valid = agency(number, "Ак-Жол Кадрлар ЖЧК", "2025-01-01", "2030-12-31", "VALID");
    agency(number + "-X", "Expired Recruiters LLC", "2019-01-01", "2021-12-31", "VALID");
    agency(number + "-R", "Revoked Recruiters LLC", "2024-01-01", "2030-12-31", "REVOKED");
    // the staff's list: found by number, ordered by the column chosen, a page at a time
    String staff =
        mvc.perform(
                MockMvcRequestBuilders.get("/agencies")
                    .param("q", number)
                    .param("sort", "-licence")
                    .with(inspector)
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(staff).contains("aria-sort=\"descending\"");
    assertThat(staff.indexOf(number + "-X"))
        .isLessThan(staff.indexOf(number + "-R"))
        .isLessThan(staff.indexOf(">" + number + "<"));
    call(
        inspector,
        "POST",
        "/api/v1/agencies/" + valid + "/reports",
        """
        {"kind":"COMPLAINT","receivedOn":"2026-11-01","description":"kept the passport of worker 7"}""");

    var page =
        mvc.perform(
                MockMvcRequestBuilders.get("/public/agencies")
                    .param("q", number)
                    .param("lang", "ky"))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Ак-Жол Кадрлар ЖЧК", "Жарактуу", "Мөөнөтү бүткөн", "Жокко чыгарылган")
        .contains("id=\"fee-cap\"")
        // no hotline number is configured here: none is invented
        .doesNotContain("kept the passport", "id=\"hotline-number\"", "tel:");
    String json =
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/agencies").param("q", number))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains("\"standing\":\"VALID\"", "\"standing\":\"EXPIRED\"", "\"standing\":\"REVOKED\"")
        .doesNotContain("\"id\"")
        .doesNotContain("version")
        .doesNotContain("passport");
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/api/v1/agencies"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
  }

  @Test
  void fees_above_the_pre_departure_cap_are_flagged() throws Exception {
    UUID agency =
        agency(
            "FEE-" + System.nanoTime() % 1_000_000,
            "Fee Agency",
            "2025-01-01",
            "2030-12-31",
            "VALID");
    call(
        inspector,
        "POST",
        "/api/v1/agencies/" + agency + "/reports",
        """
        {"kind":"FEE_REPORT","receivedOn":"2026-11-01","feeKgs":1500,"feeStage":"PRE_DEPARTURE"}""");
    call(
        inspector,
        "POST",
        "/api/v1/agencies/" + agency + "/reports",
        """
        {"kind":"FEE_REPORT","receivedOn":"2026-11-02","feeKgs":900,"feeStage":"PRE_DEPARTURE"}""");
    call(
        inspector,
        "POST",
        "/api/v1/agencies/" + agency + "/reports",
        """
        {"kind":"FEE_REPORT","receivedOn":"2026-11-03","feeKgs":5000,"feeStage":"AFTER_ARRIVAL"}""");
    String reports =
        call(inspector, "GET", "/api/v1/agencies/" + agency + "/reports", null)
            .getContentAsString();
    assertThat(JsonPath.<java.util.List<Object>>read(reports, "$[?(@.aboveCap == true)]"))
        .hasSize(1);
    assertThat(
            JsonPath.<java.util.List<Object>>read(reports, "$[?(@.aboveCap == true)].feeKgs")
                .get(0)
                .toString())
        .startsWith("1500");
    var missingFee =
        call(
            inspector,
            "POST",
            "/api/v1/agencies/" + agency + "/reports",
            """
            {"kind":"FEE_REPORT","receivedOn":"2026-11-01"}""");
    assertThat(missingFee.getStatus()).isEqualTo(400);
  }

  @Test
  void lists_export_as_csv_and_screens_render() throws Exception {
    var csv =
        mvc.perform(MockMvcRequestBuilders.get("/agencies/export.csv").with(inspector))
            .andReturn()
            .getResponse();
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getContentAsString()).contains("licence_number,holder,valid_from");
    var calls =
        mvc.perform(MockMvcRequestBuilders.get("/hotline/export.csv").with(operator))
            .andReturn()
            .getResponse();
    assertThat(calls.getContentAsString()).contains("received_at,channel");
    // the export is every call of the days asked, not one page of them (a day far from the
    // periods the report tests read)
    jdbc.sql(
            """
            insert into hotline_call (id, organisation_id, received_at, received_on, channel,
              caller_type, language, topics, trafficking_related, outcome, operator, created_at)
            select gen_random_uuid(), :o, timestamptz '2090-02-03 06:00:00+00' + n * interval '1 minute',
              date '2090-02-03', 'PHONE', 'MIGRANT_OR_FAMILY', 'ky', 'SAFE_MIGRATION', false,
              'INFORMATION_GIVEN', 'csv-test', now()
            from generate_series(1, 250) n""")
        .param("o", TestAccounts.MOL)
        .update();
    String day =
        mvc.perform(
                MockMvcRequestBuilders.get("/hotline/export.csv?from=2090-02-03&to=2090-02-03")
                    .with(operator))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(day.lines().filter(l -> l.contains("2090-02-03T")).count()).isEqualTo(250);
    UUID agency =
        agency(
            "SCR-" + System.nanoTime() % 1_000_000,
            "Screen Agency",
            "2025-01-01",
            "2030-12-31",
            "VALID");
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/agencies").with(inspector))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/agencies/" + agency).with(inspector))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    var duplicate =
        call(
            inspector,
            "POST",
            "/api/v1/agencies",
            """
            {"licenceNumber":"SCR-x","holder":"h","validFrom":"2026-01-01","validTo":"2025-01-01","status":"VALID"}""");
    assertThat(duplicate.getStatus()).isEqualTo(400);
    assertThat(duplicate.getContentAsString()).contains("validTo");
  }

  @Test
  void calls_and_licences_are_corrected_and_a_stale_licence_edit_is_refused() throws Exception {
    String call =
        """
        {"receivedAt":"2026-11-20T09:00:00","channel":"MESSENGER","callerType":"JOB_SEEKER","language":"ru","topics":["SAFE_MIGRATION"],"outcome":"INFORMATION_GIVEN"}""";
    var logged = call(operator, "POST", "/api/v1/hotline/calls", call);
    String id = JsonPath.read(logged.getContentAsString(), "$.id");
    java.util.function.Function<String, MockHttpServletResponse> correctFromVersion0 =
        topic -> {
          try {
            return call(
                operator,
                "PUT",
                "/api/v1/hotline/calls/" + id,
                call.replace("SAFE_MIGRATION", topic).replace("}", ",\"version\":0}"));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    var corrected = correctFromVersion0.apply("LABOUR_RIGHTS");
    assertThat(corrected.getStatus()).isEqualTo(200);
    assertThat(corrected.getContentAsString())
        .contains("LABOUR_RIGHTS", "\"version\":1")
        .doesNotContain("SAFE_MIGRATION");
    var stale = correctFromVersion0.apply("OTHER");
    assertThat(stale.getStatus())
        .as("a correction from the version before the last one is refused, not applied over it")
        .isEqualTo(409);
    assertThat(
            call(
                    person("hotline-other", CC_OSH, Role.HOTLINE_OPERATOR),
                    "PUT",
                    "/api/v1/hotline/calls/" + id,
                    call)
                .getStatus())
        .as("another hotline cannot rewrite this hotline's log")
        .isEqualTo(403);
    assertThat(
            mvc.perform(MockMvcRequestBuilders.get("/hotline").param("edit", id).with(operator))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .as("the form to correct the call carries the version it was read at")
        .contains("name=\"version\" value=\"1\"");
    String refusedOnScreen =
        mvc.perform(
                MockMvcRequestBuilders.post("/hotline/" + id)
                    .with(operator)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .header("Accept-Language", "en")
                    .param("receivedAt", "2026-11-20T09:00")
                    .param("channel", "MESSENGER")
                    .param("callerType", "JOB_SEEKER")
                    .param("language", "ru")
                    .param("topics", "OTHER")
                    .param("outcome", "INFORMATION_GIVEN")
                    .param("traffickingRelated", "false")
                    .param("version", "0"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refusedOnScreen)
        .as("on the screen, the stale correction says why it was not saved")
        .contains("Someone else changed this record meanwhile");

    String number = "EDIT-" + System.nanoTime() % 1_000_000;
    UUID agency = agency(number, "Before", "2025-01-01", "2030-12-31", "VALID");
    String licence =
        """
        {"licenceNumber":"%s","holder":"After","validFrom":"2025-01-01","validTo":"2030-12-31","status":"REVOKED","version":0}"""
            .formatted(number);
    assertThat(call(inspector, "PUT", "/api/v1/agencies/" + agency, licence).getStatus())
        .isEqualTo(200);
    assertThat(call(inspector, "PUT", "/api/v1/agencies/" + agency, licence).getStatus())
        .as("stale version")
        .isEqualTo(409);
    assertThat(call(inspector, "GET", "/api/v1/agencies?q=After", null).getContentAsString())
        .contains("\"standing\":\"REVOKED\"");
  }

  private UUID agency(String number, String holder, String from, String to, String status)
      throws Exception {
    return api.created(
        inspector,
        "/api/v1/agencies",
        """
            {"licenceNumber":"%s","holder":"%s","validFrom":"%s","validTo":"%s","status":"%s","destinationCountries":["RU","KR"]}"""
            .formatted(number, holder, from, to, status));
  }

  private RequestPostProcessor person(String prefix, UUID organisation, Role role) {
    return api.person(prefix, organisation, role);
  }

  private MockHttpServletResponse call(
      RequestPostProcessor who, String method, String url, String json) throws Exception {
    return api.call(who, method, url, json);
  }
}
