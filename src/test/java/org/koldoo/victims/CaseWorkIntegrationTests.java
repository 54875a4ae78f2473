package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koldoo.victims.NrmActors.CC_BISHKEK;
import static org.koldoo.victims.NrmActors.CC_OSH;
import static org.koldoo.victims.NrmActors.MOL;
import static org.koldoo.victims.NrmActors.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A case as a piece of work: assigned, followed up, closed and reopened. */
class CaseWorkIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private NrmActors actors;
  private RequestPostProcessor lead;
  private String colleague;
  private String outsider;
  private RequestPostProcessor coordinator;
  private UUID caseId;
  private String caseNumber;

  @BeforeEach
  void people() throws Exception {
    actors = new NrmActors(mvc, accounts, users);
    lead = accounts.signedIn(users, "work-lead", CC_OSH, Role.CASE_WORKER);
    colleague = accounts.create("work-colleague", CC_OSH, Role.CASE_WORKER);
    outsider = accounts.create("work-outsider", CC_BISHKEK, Role.CASE_WORKER);
    coordinator = accounts.signedIn(users, "work-nat", MOL, Role.NATIONAL_COORDINATOR);
    var registered =
        actors.call(
            lead,
            "POST",
            "/api/v1/cases",
            """
            {"givenName":"Айгерим","sex":"FEMALE","birthYear":1995}""");
    caseId = UUID.fromString(read(registered, "$.id"));
    caseNumber = read(registered, "$.caseNumber");
  }

  @Test
  void a_case_is_given_to_a_colleague_and_never_to_someone_of_another_organisation()
      throws Exception {
    var toOutsider = assign(outsider);
    assertThat(toOutsider.getStatus()).isEqualTo(400);
    assertThat(toOutsider.getContentAsString()).contains("assignee");

    var toColleague = assign(colleague.toUpperCase());
    assertThat(toColleague.getStatus()).isEqualTo(200);
    assertThat(read(toColleague, "$.work.assignedTo")).isEqualTo(colleague);
    assertThat(toColleague.getContentAsString()).contains("CaseWork.ASSIGNED");

    // the national coordinator sees the case, not who in the NGO works it
    var national = actors.call(coordinator, "GET", "/api/v1/cases/" + caseId, null);
    assertThat(national.getStatus()).isEqualTo(200);
    assertThat(national.getContentAsString()).doesNotContain(colleague);
  }

  @Test
  void a_follow_up_is_planned_sealed_and_ended_once() throws Exception {
    LocalDate today = LocalDate.now(clock);
    var late = addTask(today.minusDays(1), colleague, "Позвонить матери");
    assertThat(late.getStatus()).isEqualTo(400);
    assertThat(late.getContentAsString()).contains("dueOn");

    var planned = addTask(today.plusDays(3), colleague, "Позвонить матери Айгерим");
    assertThat(planned.getStatus()).isEqualTo(201);
    String taskId = read(planned, "$.id");
    byte[] stored =
        jdbc.sql("select note_ciphertext from victim_case_task where id = :id")
            .param("id", UUID.fromString(taskId))
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Айгерим");

    var detail = actors.call(lead, "GET", "/api/v1/cases/" + caseId, null);
    assertThat(read(detail, "$.work.tasks[0].note")).isEqualTo("Позвонить матери Айгерим");
    assertThat(read(detail, "$.work.tasks[0].assignee")).isEqualTo(colleague);
    assertThat(
            JsonPath.<List<Object>>read(
                actors
                    .call(coordinator, "GET", "/api/v1/cases/" + caseId, null)
                    .getContentAsString(),
                "$.work.tasks"))
        .isEmpty();

    var done = complete(taskId);
    assertThat(done.getStatus()).isEqualTo(200);
    assertThat(read(done, "$.work.tasks[0].outcome")).isEqualTo("DONE");
    assertThat(complete(taskId).getContentAsString()).contains("not open");
  }

  @Test
  void a_closed_case_takes_nothing_more_until_it_is_reopened() throws Exception {
    String openTask = read(addTask(LocalDate.now(clock).plusDays(5), colleague, null), "$.id");
    var closed =
        actors.call(
            lead,
            "POST",
            "/api/v1/cases/" + caseId + "/closure",
            """
            {"reason":"SERVICES_COMPLETED"}""");
    assertThat(closed.getStatus()).isEqualTo(200);
    assertThat(read(closed, "$.work.closeReason")).isEqualTo("SERVICES_COMPLETED");
    assertThat(read(closed, "$.work.tasks[0].outcome")).isEqualTo("NO_LONGER_NEEDED");
    assertThat(complete(openTask).getStatus()).isEqualTo(400);
    // the register tells closed cases from open ones, and can be narrowed to either
    String today = LocalDate.now(clock).toString();
    assertThat(listed("open=false")).containsEntry(caseId.toString(), today);
    assertThat(listed("open=true")).doesNotContainKey(caseId.toString());
    assertThat(listed("")).containsEntry(caseId.toString(), today);
    String page =
        mvc.perform(get("/cases").param("number", caseNumber).param("open", "false").with(lead))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(caseNumber, "Closed on", "value=\"false\" selected=\"selected\"")
        .as("its row shows the day it was closed, not that it is open")
        .doesNotContain("<td>Open</td>");

    var screening = screen();
    assertThat(screening.getStatus()).isEqualTo(400);
    assertThat(screening.getContentAsString()).contains("closed");
    var referral =
        actors.call(
            lead,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"%s"}"""
                .formatted(CC_BISHKEK, LocalDate.now(clock)));
    assertThat(referral.getStatus()).isEqualTo(400);
    assertThat(referral.getContentAsString()).contains("closed");
    // everyone who sees the case sees that it is closed
    assertThat(
            read(
                actors.call(coordinator, "GET", "/api/v1/cases/" + caseId, null),
                "$.work.closedOn"))
        .isEqualTo(LocalDate.now(clock).toString());

    assertThat(
            actors.call(lead, "POST", "/api/v1/cases/" + caseId + "/reopening", null).getStatus())
        .isEqualTo(200);
    assertThat(screen().getStatus()).isEqualTo(200);
    String timeline =
        actors.call(lead, "GET", "/api/v1/cases/" + caseId, null).getContentAsString();
    assertThat(timeline)
        .contains("CaseCloseReason.SERVICES_COMPLETED", "CaseWork.REOPENED", "TaskKind.CHECK_IN");
    // each step says who recorded it
    assertThat(
            JsonPath.<List<String>>read(timeline, "$.timeline[?(@.kind == 'closed')].recordedBy"))
        .singleElement()
        .asString()
        .startsWith("work-lead");
  }

  /** The lead's register as the API gives it: each case's id and the day it was closed, or "". */
  private Map<String, String> listed(String query) throws Exception {
    var response =
        actors.call(lead, "GET", "/api/v1/cases?number=" + caseNumber + "&" + query, null);
    assertThat(response.getStatus()).isEqualTo(200);
    List<Map<String, Object>> items = JsonPath.read(response.getContentAsString(), "$.items");
    Map<String, String> closedOn = new HashMap<>();
    for (Map<String, Object> item : items) {
      Object day = item.get("closedOn");
      closedOn.put((String) item.get("id"), day == null ? "" : (String) day);
    }
    return closedOn;
  }

  @Test
  void only_the_registering_organisation_manages_the_case() throws Exception {
    var asOutsider =
        actors.call(
            user(users.loadUserByUsername(outsider)),
            "POST",
            "/api/v1/cases/" + caseId + "/closure",
            """
            {"reason":"OTHER"}""");
    assertThat(asOutsider.getStatus()).isIn(403, 404);
    var asCoordinator =
        actors.call(
            coordinator,
            "POST",
            "/api/v1/cases/" + caseId + "/assignment",
            """
            {"assignee":"%s"}"""
                .formatted(colleague));
    assertThat(asCoordinator.getStatus()).isEqualTo(403);
  }

  @Test
  void the_case_page_offers_the_work_and_shows_it_back() throws Exception {
    String page =
        mvc.perform(get("/cases/" + caseId).with(lead).header("Accept-Language", "ru"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"case-work\"", "Ведение дела", "id=\"add-task\"");
    assertThat(
            mvc.perform(get("/cases/" + caseId + "/task").with(lead))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(colleague, "name=\"dueOn\"");
    var planned =
        mvc.perform(
                post("/cases/" + caseId + "/task")
                    .with(lead)
                    .with(csrf())
                    .param("kind", "ACCOMPANY")
                    .param("dueOn", LocalDate.now(clock).plusDays(2).toString())
                    .param("assignee", colleague)
                    .param("note", "к врачу"))
            .andReturn()
            .getResponse();
    assertThat(planned.getRedirectedUrl()).isEqualTo("/cases/" + caseId);
    var refused =
        mvc.perform(
                post("/cases/" + caseId + "/task")
                    .with(lead)
                    .with(csrf())
                    .param("kind", "ACCOMPANY")
                    .param("dueOn", "")
                    .param("assignee", colleague))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString()).contains("is-invalid");
    mvc.perform(
        post("/cases/" + caseId + "/close")
            .with(lead)
            .with(csrf())
            .param("reason", "CONTACT_LOST")
            .param("closedOn", LocalDate.now(clock).toString()));
    String closed =
        mvc.perform(get("/cases/" + caseId).with(lead))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(closed)
        .contains("id=\"case-closed\"", "Contact lost", "id=\"reopen-case\"", "к врачу")
        .doesNotContain("id=\"add-task\"", "/screening\"");
  }

  private org.springframework.mock.web.MockHttpServletResponse assign(String who) throws Exception {
    return actors.call(
        lead,
        "POST",
        "/api/v1/cases/" + caseId + "/assignment",
        """
        {"assignee":"%s"}"""
            .formatted(who));
  }

  private org.springframework.mock.web.MockHttpServletResponse addTask(
      LocalDate due, String assignee, String note) throws Exception {
    return actors.call(
        lead,
        "POST",
        "/api/v1/cases/" + caseId + "/tasks",
        """
        {"kind":"CHECK_IN","dueOn":"%s","assignee":"%s","note":%s}"""
            .formatted(due, assignee, note == null ? "null" : "\"" + note + "\""));
  }

  private org.springframework.mock.web.MockHttpServletResponse complete(String taskId)
      throws Exception {
    return actors.call(
        lead,
        "POST",
        "/api/v1/cases/" + caseId + "/tasks/" + taskId + "/completion",
        """
        {"outcome":"DONE"}""");
  }

  private org.springframework.mock.web.MockHttpServletResponse screen() throws Exception {
    return actors.call(
        lead,
        "POST",
        "/api/v1/cases/" + caseId + "/screenings",
        """
        {"screenedOn":"%s","location":"NGO_OUTREACH","vulnerableGroup":"RETURNED_MIGRANTS","indicators":[]}"""
            .formatted(LocalDate.now(clock)));
  }
}
