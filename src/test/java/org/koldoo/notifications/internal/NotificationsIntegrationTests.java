package org.koldoo.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestMail;
import org.koldoo.support.TestOrganisations;
import org.koldoo.victims.ReferralEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notices reach the people a change concerns, in Koldoo and through a real SMTP server, and never
 * carry a name.
 */
class NotificationsIntegrationTests extends IntegrationTest {

  private static final String GIVEN = "Жылдыз";
  private static final String FAMILY = "Токтогулова";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired Notices notices;

  private String sender;
  private String receiver;
  private String receiverMail;
  private UUID receiving;
  private String caseId;
  private String pseudonym;

  @BeforeEach
  void aCaseReadyToBeReferred() throws Exception {
    UUID sending = TestOrganisations.create(mvc, accounts, users, "NGO");
    receiving = TestOrganisations.create(mvc, accounts, users, "NGO");
    sender = accounts.create("note-send", sending, Role.CASE_WORKER);
    receiver = accounts.create("note-recv", receiving, Role.CASE_WORKER);
    receiverMail = receiver + "@example.org";
    jdbc.sql("update user_account set email = :e, preferred_language = 'ru' where username = :u")
        .param("e", receiverMail)
        .param("u", receiver)
        .update();
    String registered =
        call(
            sender,
            "POST",
            "/api/v1/cases",
            """
            {"familyName":"%s","givenName":"%s","sex":"FEMALE"}"""
                .formatted(FAMILY, GIVEN));
    caseId = JsonPath.read(registered, "$.id");
    pseudonym = JsonPath.read(registered, "$.pseudonym");
    call(
        sender,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"%s"}"""
            .formatted(LocalDate.now(clock)));
  }

  @Test
  void a_referral_notifies_the_receiver_in_koldoo_and_by_mail_without_a_name() throws Exception {
    String referral = refer();

    String inbox = call(receiver, "GET", "/api/v1/notifications", null);
    assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].kind"))
        .containsExactly("REFERRAL_RECEIVED");
    assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].title")).containsExactly(pseudonym);
    assertThat(inbox).doesNotContain(GIVEN, FAMILY);

    List<MimeMessage> mails = TestMail.awaitTo(receiverMail, 1);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    String text = mail.getContent().toString();
    assertThat(mail.getSubject()).contains("Перенаправление ждёт вашего ответа", pseudonym);
    assertThat(mail.getSubject()).doesNotContain(GIVEN, FAMILY);
    assertThat(text).contains(pseudonym, "/referrals").doesNotContain(GIVEN, FAMILY);
    // the event delivered again (a restart, another instance) writes no second notice
    notices.on(
        new ReferralEvents.Sent(
            UUID.fromString(referral),
            UUID.fromString(caseId),
            null,
            receiving,
            "SHELTER",
            LocalDate.now(clock)));
    assertThat(
            JsonPath.<List<String>>read(
                call(receiver, "GET", "/api/v1/notifications", null), "$.items[*].kind"))
        .containsExactly("REFERRAL_RECEIVED");

    // the badge counts it until it is read
    assertThat(page(receiver))
        .containsPattern("data-nav=\"/notifications\"><span>[^<]+</span><span class=\"badge");
    String id = JsonPath.<List<String>>read(inbox, "$.items[*].id").get(0);
    assertThat(
            JsonPath.<Integer>read(
                call(receiver, "POST", "/api/v1/notifications/" + id + "/read", null), "$.unread"))
        .isZero();
    // nobody reads another's notice
    assertThat(send(sender, "POST", "/api/v1/notifications/" + id + "/read", null).getStatus())
        .isEqualTo(404);

    call(receiver, "POST", "/api/v1/referrals/" + referral + "/acceptance", null);
    assertThat(call(sender, "GET", "/api/v1/notifications", null))
        .contains("REFERRAL_ACCEPTED", pseudonym);
  }

  @Test
  void the_notifications_screen_lists_and_opens_one_s_own_notices_only() throws Exception {
    refer();
    String list =
        mvc.perform(
                request(HttpMethod.GET, URI.create("/notifications"))
                    .with(user(users.loadUserByUsername(receiver)))
                    .header("Accept-Language", "ky"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("Багыттоо сиздин жообуңузду күтүп турат", pseudonym);
    String id =
        JsonPath.<List<String>>read(
                call(receiver, "GET", "/api/v1/notifications", null), "$.items[*].id")
            .get(0);
    var opened =
        mvc.perform(
                request(HttpMethod.POST, URI.create("/notifications/" + id + "/open"))
                    .with(user(users.loadUserByUsername(receiver)))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn()
            .getResponse();
    assertThat(opened.getRedirectedUrl()).isEqualTo("/referrals");
    assertThat(
            JsonPath.<String>read(
                call(receiver, "GET", "/api/v1/notifications", null), "$.items[0].readAt"))
        .isNotNull();
    var foreign =
        mvc.perform(
                request(HttpMethod.POST, URI.create("/notifications/" + id + "/open"))
                    .with(user(users.loadUserByUsername(sender)))
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn()
            .getResponse();
    assertThat(foreign.getStatus()).isEqualTo(404);
  }

  @Test
  void a_follow_up_notifies_its_assignee_when_given_and_once_on_the_day_it_is_due()
      throws Exception {
    String colleague = accounts.create("note-col", organisationOf(sender), Role.CASE_WORKER);
    LocalDate due = LocalDate.now(clock).plusDays(2);
    call(
        sender,
        "POST",
        "/api/v1/cases/" + caseId + "/tasks",
        """
        {"kind":"ACCOMPANY","dueOn":"%s","assignee":"%s","note":"к врачу с %s"}"""
            .formatted(due, colleague, GIVEN));
    assertThat(call(colleague, "GET", "/api/v1/notifications", null))
        .contains("TASK_ASSIGNED", pseudonym)
        .doesNotContain(GIVEN);

    assertThat(notices.remind(due)).isPositive();
    assertThat(notices.remind(due)).isZero();
    assertThat(
            JsonPath.<List<String>>read(
                call(colleague, "GET", "/api/v1/notifications", null), "$.items[*].kind"))
        .containsExactlyInAnyOrder("TASK_DUE", "TASK_ASSIGNED");
  }

  @Test
  void a_withdrawn_consent_tells_the_named_police_at_once() throws Exception {
    UUID police = TestOrganisations.create(mvc, accounts, users, "LAW_ENFORCEMENT");
    String investigator = accounts.create("note-inv", police, Role.INVESTIGATOR);
    String detail =
        call(
            sender,
            "POST",
            "/api/v1/cases/" + caseId + "/consents",
            """
            {"purpose":"LAW_ENFORCEMENT_CONTACT","organisationId":"%s","givenOn":"%s"}"""
                .formatted(police, LocalDate.now(clock)));
    String consent =
        JsonPath.<List<String>>read(
                detail, "$.consents[?(@.purpose == 'LAW_ENFORCEMENT_CONTACT')].id")
            .get(0);
    assertThat(call(investigator, "GET", "/api/v1/notifications", null)).doesNotContain(pseudonym);
    call(sender, "POST", "/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal", null);
    assertThat(call(investigator, "GET", "/api/v1/notifications", null))
        .contains("CONSENT_WITHDRAWN", pseudonym);
  }

  private UUID organisationOf(String username) {
    return jdbc.sql("select organisation_id from user_account where username = :u")
        .param("u", username)
        .query(UUID.class)
        .single();
  }

  private String refer() throws Exception {
    return JsonPath.read(
        call(
            sender,
            "POST",
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"LEGAL_AID","sentOn":"%s"}"""
                .formatted(receiving, LocalDate.now(clock))),
        "$.id");
  }

  private String page(String who) throws Exception {
    return mvc.perform(
            request(HttpMethod.GET, URI.create("/"))
                .with(user(users.loadUserByUsername(who)))
                .header("Accept-Language", "en"))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String call(String who, String method, String url, String json) throws Exception {
    MockHttpServletResponse response = send(who, method, url, json);
    assertThat(response.getStatus())
        .as(method + " " + url + " " + response.getContentAsString())
        .isLessThan(300);
    return response.getContentAsString();
  }

  private MockHttpServletResponse send(String who, String method, String url, String json)
      throws Exception {
    var builder =
        request(HttpMethod.valueOf(method), URI.create(url))
            .with(user(users.loadUserByUsername(who)))
            .header("Accept-Language", "en");
    if (json != null) {
      builder.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(builder).andReturn().getResponse();
  }
}
