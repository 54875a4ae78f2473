package org.koldoo.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.work.WorkQueues;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestOrganisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A consent given until a day: the case worker is told before it lapses, it lapses by itself after
 * that day (closing what it opened, shown on the case and its timeline), and a new consent renews
 * it.
 */
class ConsentValidityIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;
  @Autowired WorkQueues queues;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void a_consent_given_until_a_day_lapses_after_it_and_can_be_renewed() throws Exception {
    NrmActors actors = new NrmActors(mvc, accounts, users);
    UUID ngo = TestOrganisations.create(mvc, accounts, users, "NGO");
    UUID partner = TestOrganisations.create(mvc, accounts, users, "NGO");
    String ownerName = accounts.create("lapse-owner", ngo, Role.CASE_WORKER);
    RequestPostProcessor owner = user(users.loadUserByUsername(ownerName));
    RequestPostProcessor reader =
        accounts.signedIn(users, "lapse-partner", partner, Role.CASE_WORKER);
    String family = "Мөөнөтова" + System.nanoTime() % 100000;
    UUID caseId = actors.registerAdult(owner, family, "L" + System.nanoTime() % 1_000_000);
    String number =
        NrmActors.read(
            actors.call(owner, "GET", "/api/v1/cases/" + caseId, null), "$.summary.caseNumber");
    LocalDate today = LocalDate.now(clock);

    // a last day already past, or too far ahead, is refused and names the field
    var past = share(actors, owner, caseId, partner, today, today.minusDays(1));
    assertThat(past.getStatus()).isEqualTo(400);
    assertThat(past.getContentAsString()).contains("validUntil");
    var far = share(actors, owner, caseId, partner, today, today.plusYears(11));
    assertThat(far.getStatus()).isEqualTo(400);
    assertThat(far.getContentAsString()).contains("validUntil");

    // given for ten days: the partner reads the identity, the owner is told it will lapse
    assertThat(share(actors, owner, caseId, partner, today, today.plusDays(10)).getStatus())
        .isEqualTo(200);
    assertThat(identity(actors, reader, caseId)).isEqualTo(200);
    queues.forget();
    assertThat(page(owner, "/"))
        .contains("Consents about to lapse", number, "in force until " + day(today.plusDays(10)));
    // the case page names the organisation the consent opens the case to
    String partnerCode =
        jdbc.sql("select code from organisation where id = :id")
            .param("id", partner)
            .query(String.class)
            .single();
    assertThat(page(owner, "/cases/" + caseId))
        .contains("in force until " + day(today.plusDays(10)), "→ " + partnerCode);
    // the same consent for no longer is already in force
    var again = share(actors, owner, caseId, partner, today, today.plusDays(5));
    assertThat(again.getStatus()).isEqualTo(400);
    assertThat(again.getContentAsString()).contains("already in force");

    // time passes: its last day was yesterday
    jdbc.sql("update victim_consent set given_on = :given, valid_until = :until where case_id = :c")
        .param("given", today.minusDays(40))
        .param("until", today.minusDays(1))
        .param("c", caseId)
        .update();
    assertThat(identity(actors, reader, caseId)).isEqualTo(404);
    assertThat(actors.call(reader, "GET", "/api/v1/cases?size=200", null).getContentAsString())
        .doesNotContain(caseId.toString());
    String casePage = page(owner, "/cases/" + caseId);
    assertThat(casePage).contains("lapsed after " + day(today.minusDays(1)), "(lapsed)");
    // the timeline says who gave it and to whom
    assertThat(casePage).contains("— " + ownerName, "→ " + partnerCode);
    queues.forget();
    assertThat(page(owner, "/")).contains("lapsed after " + day(today.minusDays(1)), number);

    // given again, it opens the case again and waits no more
    assertThat(share(actors, owner, caseId, partner, today, null).getStatus()).isEqualTo(200);
    assertThat(identity(actors, reader, caseId)).isEqualTo(200);
    queues.forget();
    assertThat(page(owner, "/")).doesNotContain("data-work=\"work.group.consentsLapsing\"");
  }

  @Test
  void a_withdrawal_has_a_day_and_a_reason_and_is_confirmed_on_the_page() throws Exception {
    NrmActors actors = new NrmActors(mvc, accounts, users);
    UUID ngo = TestOrganisations.create(mvc, accounts, users, "NGO");
    UUID partner = TestOrganisations.create(mvc, accounts, users, "NGO");
    RequestPostProcessor owner = accounts.signedIn(users, "withdraw-owner", ngo, Role.CASE_WORKER);
    UUID caseId =
        actors.registerAdult(
            owner, "Кайтарова" + System.nanoTime() % 100000, "W" + System.nanoTime() % 1_000_000);
    LocalDate today = LocalDate.now(clock);
    share(actors, owner, caseId, partner, today.minusDays(3), null);
    String consentId =
        NrmActors.read(
            actors.call(owner, "GET", "/api/v1/cases/" + caseId, null), "$.consents[0].id");
    // the page offers the withdrawal as a step of its own, with the day and the reason
    assertThat(page(owner, "/cases/" + caseId))
        .contains("Withdraw this consent", "The person asked", "name=\"withdrawnOn\"");

    // a day that is no day is refused on the page too, never a server error
    var garbled =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/cases/" + caseId + "/consents/" + consentId + "/withdraw")
                    .with(owner)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("withdrawnOn", "31.02.2026")
                    .param("reason", "PERSON_ASKED"))
            .andReturn()
            .getResponse();
    assertThat(garbled.getStatus()).isBetween(300, 499);

    String url = "/api/v1/cases/" + caseId + "/consents/" + consentId + "/withdrawal";
    // not after today, not before it was given
    for (LocalDate wrong : new LocalDate[] {today.plusDays(1), today.minusDays(4)}) {
      var refused =
          actors.call(
              owner,
              "POST",
              url,
              """
              {"withdrawnOn":"%s","reason":"PERSON_ASKED"}"""
                  .formatted(wrong));
      assertThat(refused.getStatus()).isEqualTo(400);
      assertThat(refused.getContentAsString()).contains("withdrawnOn");
    }
    var withdrawn =
        actors.call(
            owner,
            "POST",
            url,
            """
            {"withdrawnOn":"%s","reason":"PERSON_ASKED"}"""
                .formatted(today.minusDays(1)));
    assertThat(withdrawn.getStatus()).isEqualTo(200);
    assertThat(NrmActors.read(withdrawn, "$.consents[0].withdrawnOn"))
        .isEqualTo(today.minusDays(1).toString());
    assertThat(NrmActors.read(withdrawn, "$.consents[0].withdrawalReason"))
        .isEqualTo("PERSON_ASKED");
    assertThat(page(owner, "/cases/" + caseId))
        .contains("withdrawn " + day(today.minusDays(1)), "The person asked");
  }

  private static MockHttpServletResponse share(
      NrmActors actors,
      RequestPostProcessor who,
      UUID caseId,
      UUID to,
      LocalDate givenOn,
      LocalDate validUntil)
      throws Exception {
    return actors.call(
        who,
        "POST",
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"SHARING_WITH_ORGANISATION","organisationId":"%s","givenOn":"%s","byGuardian":false,"validUntil":%s}"""
            .formatted(to, givenOn, validUntil == null ? "null" : "\"" + validUntil + "\""));
  }

  private static int identity(NrmActors actors, RequestPostProcessor who, UUID caseId)
      throws Exception {
    return actors
        .call(who, "GET", "/api/v1/cases/" + caseId + "/identity?purpose=test", null)
        .getStatus();
  }

  private String page(RequestPostProcessor who, String path) throws Exception {
    return mvc.perform(get(path).with(who))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** A day as an English page writes it. */
  private String day(LocalDate day) {
    return new org.koldoo.platform.web.Days(java.util.Locale.ENGLISH, clock.getZone()).of(day);
  }
}
