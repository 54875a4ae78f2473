package org.koldoo.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
  @Autowired NoticeMailer mailer;

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
  void an_e_mail_that_could_not_go_out_is_sent_later_once_and_given_up_after_six_tries()
      throws Exception {
    TestMail.stop(); // the SMTP server is away when the referral is sent
    try {
      refer();
      assertThat(awaitAttempts(1)).as("the first send failed and was counted").isOne();
    } finally {
      TestMail.port(); // back
    }
    Instant now = Instant.now(clock);
    // a retry sends in the calling thread, and the test SMTP server keeps a message before it
    // answers: what a retry did not send is known when it returns, without waiting for mail that
    // must not come (its count is not asserted: it also sends any other test's due e-mail)
    mailer.retryDue(now);
    assertThat(TestMail.to(receiverMail)).as("not again at once").isEmpty();

    mailer.retryDue(now.plus(Duration.ofMinutes(3)));
    assertThat(TestMail.awaitTo(receiverMail, 1)).hasSize(1);
    assertThat(mail("emailed_at is not null and not email_due")).isTrue();
    mailer.retryDue(now.plus(Duration.ofHours(1)));
    assertThat(TestMail.to(receiverMail)).as("sent once only").hasSize(1);

    // a process stopped between writing the notice and sending its e-mail: sent by a later retry
    jdbc.sql(
            """
            update notification set emailed_at = null, email_due = true, email_tried_at = null,
                   email_attempts = 0, created_at = created_at - interval '5 minutes'
             where lower(recipient) = lower(:me)
            """)
        .param("me", receiver)
        .update();
    mailer.retryDue(Instant.now(clock));
    assertThat(TestMail.awaitTo(receiverMail, 2)).hasSize(2);

    // the sixth failure is the last: the notice stays in Koldoo, its e-mail is given up
    jdbc.sql(
            """
            update notification set emailed_at = null, email_due = true, email_attempts = 5,
                   email_tried_at = email_tried_at - interval '1 hour'
             where lower(recipient) = lower(:me)
            """)
        .param("me", receiver)
        .update();
    TestMail.stop();
    try {
      mailer.retryDue(Instant.now(clock));
    } finally {
      TestMail.port();
    }
    assertThat(mail("email_attempts = 6 and not email_due and emailed_at is null")).isTrue();
    mailer.retryDue(Instant.now(clock).plus(Duration.ofHours(20)));
    assertThat(TestMail.to(receiverMail)).as("the server restarted empty").isEmpty();
  }

  /**
   * The receiver's notice's e-mail attempts once the first one is counted (five seconds at most).
   */
  private int awaitAttempts(int count) throws InterruptedException {
    long until = System.nanoTime() + 5_000_000_000L;
    int attempts = 0;
    while (attempts < count && System.nanoTime() < until) {
      Thread.sleep(20);
      attempts =
          jdbc.sql(
                  """
                  select coalesce(max(email_attempts), 0) from notification
                   where lower(recipient) = lower(:me)
                  """)
              .param("me", receiver)
              .query(Integer.class)
              .single();
    }
    return attempts;
  }

  private boolean mail(String condition) {
    return jdbc.sql(
            "select bool_and(%s) from notification where lower(recipient) = lower(:me)"
                .formatted(condition))
        .param("me", receiver)
        .query(Boolean.class)
        .single();
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
