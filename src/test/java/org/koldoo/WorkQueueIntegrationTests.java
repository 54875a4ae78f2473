package org.koldoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.work.WorkGroup;
import org.koldoo.platform.work.WorkQueues;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestOrganisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role's home page is its work queue: what waits for the person today, from every module, one
 * click from where it is done, and gone once done.
 */
class WorkQueueIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired WorkQueues queues;
  @Autowired Clock clock;

  private RequestPostProcessor person(String username) {
    return user(users.loadUserByUsername(username));
  }

  private UUID organisation(String type) throws Exception {
    return TestOrganisations.create(mvc, accounts, users, type);
  }

  @Test
  void a_case_worker_sees_her_follow_ups_and_cases_until_the_case_is_closed() throws Exception {
    String me = accounts.create("queue-cw", organisation("NGO"), Role.CASE_WORKER);
    RequestPostProcessor worker = person(me);
    String registered =
        call(
            worker,
            "POST",
            "/api/v1/cases",
            """
            {"givenName":"Нургуль","sex":"FEMALE"}""");
    String caseId = JsonPath.read(registered, "$.id");
    String number = JsonPath.read(registered, "$.caseNumber");
    call(
        worker,
        "POST",
        "/api/v1/cases/" + caseId + "/assignment",
        """
        {"assignee":"%s"}"""
            .formatted(me));
    call(
        worker,
        "POST",
        "/api/v1/cases/" + caseId + "/tasks",
        """
        {"kind":"CALL_BACK","dueOn":"%s","assignee":"%s"}"""
            .formatted(LocalDate.now(clock).plusDays(1), me));
    queues.forget();

    String home = page(worker, "/");
    assertThat(home)
        .contains("Your follow-ups due this week", "Cases assigned to you", number)
        .contains("/cases/" + caseId)
        .contains("Next: screening")
        // the navigation counts what waits behind the cases screen
        .containsPattern("data-nav=\"/cases\"><span>Cases</span><span class=\"badge[^>]*>\\d+<");
    assertThat(home).doesNotContain("Нургуль");

    call(
        worker,
        "POST",
        "/api/v1/cases/" + caseId + "/closure",
        """
        {"reason":"CONTACT_LOST"}""");
    assertThat(page(worker, "/")).doesNotContain(number);
  }

  @Test
  void a_referral_waits_on_the_receiver_s_home_page_until_it_is_answered() throws Exception {
    UUID shelter = organisation("NGO");
    RequestPostProcessor sender =
        person(accounts.create("queue-send", organisation("NGO"), Role.CASE_WORKER));
    RequestPostProcessor receiver =
        person(accounts.create("queue-recv", shelter, Role.CASE_WORKER));
    String registered =
        call(
            sender,
            "POST",
            "/api/v1/cases",
            """
            {"givenName":"Мээрим","sex":"FEMALE"}""");
    String caseId = JsonPath.read(registered, "$.id");
    String pseudonym = JsonPath.read(registered, "$.pseudonym");
    call(
        sender,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"%s"}"""
            .formatted(LocalDate.now(clock)));
    String referral =
        JsonPath.read(
            call(
                sender,
                "POST",
                "/api/v1/cases/" + caseId + "/referrals",
                """
                {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"%s"}"""
                    .formatted(shelter, LocalDate.now(clock).minusDays(5))),
            "$.id");

    // the referral names its case by pseudonym, in the API and in the inbox
    assertThat(
            JsonPath.<String>read(
                call(receiver, "GET", "/api/v1/referrals", null), "$.items[0].casePseudonym"))
        .isEqualTo(pseudonym);
    assertThat(
            JsonPath.<String>read(
                call(sender, "GET", "/api/v1/cases/" + caseId + "/referrals", null),
                "$[0].casePseudonym"))
        .isEqualTo(pseudonym);
    assertThat(page(receiver, "/referrals")).contains(pseudonym);

    String home = page(receiver, "/");
    assertThat(home)
        .contains("Referrals waiting for your answer", pseudonym, "Shelter", "waiting 5 days");
    assertThat(home).doesNotContain("Мээрим");
    // the sender sees it too, as unanswered
    assertThat(page(sender, "/")).contains("Your referrals nobody has answered", pseudonym);

    call(receiver, "POST", "/api/v1/referrals/" + referral + "/acceptance", null);
    // answered, it waits no more (the notice of its arrival stays in the inbox)
    assertThat(page(receiver, "/")).doesNotContain("data-work=\"work.group.referralsIncoming\"");
  }

  @Test
  void a_child_without_a_guardian_waits_and_the_coordinator_sees_overdue_activities()
      throws Exception {
    RequestPostProcessor worker =
        person(accounts.create("queue-child", organisation("NGO"), Role.CASE_WORKER));
    String child =
        call(
            worker,
            "POST",
            "/api/v1/cases",
            """
            {"givenName":"Бакыт","dateOfBirth":"%s","sex":"MALE"}"""
                .formatted(LocalDate.now(clock).minusYears(12)));
    assertThat(page(worker, "/"))
        .contains("Children without a guardian", JsonPath.<String>read(child, "$.caseNumber"));

    String nat = accounts.create("queue-nat", TestAccounts.MOL, Role.NATIONAL_COORDINATOR);
    Actor coordinator = new Actor(nat, TestAccounts.MOL, Set.of(Role.NATIONAL_COORDINATOR));
    int before = count(coordinator, "work.group.napOverdue");
    String code = "Q" + System.nanoTime() % 1_000_000;
    call(
        person(nat),
        "POST",
        "/api/v1/nap-activities",
        """
        {"code":"%s","title":"Shelter standards","responsibleBody":"%s","deadline":"%s","status":"IN_PROGRESS"}"""
            .formatted(code, TestAccounts.MOL, LocalDate.now(clock).minusDays(3)));
    assertThat(count(coordinator, "work.group.napOverdue")).isEqualTo(before + 1);
    assertThat(page(person(nat), "/")).contains("Overdue action-plan activities");

    // a new organisation has recorded nothing yet; once it registers a case it has
    int silent = count(coordinator, "work.group.notReported");
    UUID fresh = organisation("NGO");
    assertThat(count(coordinator, "work.group.notReported")).isEqualTo(silent + 1);
    call(
        person(accounts.create("queue-fresh", fresh, Role.CASE_WORKER)),
        "POST",
        "/api/v1/cases",
        """
        {"givenName":"Асель","sex":"FEMALE"}""");
    assertThat(count(coordinator, "work.group.notReported")).isEqualTo(silent);
  }

  private int count(Actor actor, String group) {
    return queues.waitingFor(actor).stream()
        .filter(g -> g.titleKey().equals(group))
        .mapToInt(WorkGroup::count)
        .sum();
  }

  @Test
  void an_investigator_sees_the_cases_of_her_body_that_wait_too_long_for_a_step() throws Exception {
    UUID police = organisation("LAW_ENFORCEMENT");
    RequestPostProcessor investigator =
        person(accounts.create("queue-inv", police, Role.INVESTIGATOR));
    String number = "Q-" + System.nanoTime() % 10_000_000;
    call(
        investigator,
        "POST",
        "/api/v1/criminal-cases",
        """
        {"registrationNumber":"%s","registeredOn":"%s","origin":"POLICE_INITIATIVE","articleId":"10000000-0000-0000-0000-000000000166"}"""
            .formatted(number, LocalDate.now(clock).minusDays(100)));
    String home = page(investigator, "/");
    assertThat(home).contains("Criminal cases with no step for too long", number, "100 days ago");
    // a court clerk's queue holds only cases in court
    RequestPostProcessor clerk = person(accounts.create("queue-crt", police, Role.COURT_CLERK));
    assertThat(page(clerk, "/")).doesNotContain(number);
  }

  @Test
  void a_call_marked_to_follow_up_waits_until_it_is_followed_up() throws Exception {
    RequestPostProcessor operator =
        person(accounts.create("queue-hot", organisation("NGO"), Role.HOTLINE_OPERATOR));
    LocalDate today = LocalDate.now(clock);
    String call =
        """
        {"receivedAt":"%sT09:30:00","channel":"PHONE","callerType":"OTHER","language":"ru",
         "topics":["OTHER"],"outcome":"INFORMATION_GIVEN","followUpOn":"%s","followedUp":%s}""";
    String id =
        JsonPath.read(
            call(
                operator,
                "POST",
                "/api/v1/hotline/calls",
                call.formatted(today.minusDays(1), today, false)),
            "$.id");
    assertThat(page(operator, "/"))
        .contains("Calls to follow up", "/hotline?edit=" + id, "follow up by " + day(today));
    call(
        operator,
        "PUT",
        "/api/v1/hotline/calls/" + id,
        call.formatted(today.minusDays(1), today, true).replace("}", ",\"version\":0}"));
    assertThat(page(operator, "/")).doesNotContain("Calls to follow up");
  }

  @Test
  void someone_with_nothing_to_do_is_told_so() throws Exception {
    RequestPostProcessor auditor =
        person(accounts.create("queue-aud", TestAccounts.MOL, Role.AUDITOR));
    assertThat(page(auditor, "/")).contains("id=\"work-empty\"");
  }

  private String page(RequestPostProcessor who, String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(who).header("Accept-Language", "en")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  private String call(RequestPostProcessor who, String method, String url, String json)
      throws Exception {
    var builder =
        request(HttpMethod.valueOf(method), URI.create(url))
            .with(who)
            .header("Accept-Language", "en");
    if (json != null) {
      builder.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
    assertThat(response.getStatus())
        .as(method + " " + url + " " + response.getContentAsString())
        .isLessThan(300);
    return response.getContentAsString();
  }

  /** A day as an English page writes it. */
  private String day(LocalDate day) {
    return new org.koldoo.platform.web.Days(java.util.Locale.ENGLISH, clock.getZone()).of(day);
  }
}
