package org.koldoo.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestOrganisations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A crisis centre's incoming referrals: one page at a time, ordered by the column asked, narrowed
 * by status, sender, service and age, the choice kept in the address.
 */
class ReferralListIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  @Test
  void incoming_referrals_page_sort_and_filter() throws Exception {
    UUID centre = TestOrganisations.create(mvc, accounts, users, "NGO");
    UUID ngo = TestOrganisations.create(mvc, accounts, users, "NGO");
    RequestPostProcessor sender = person(accounts.create("list-send", ngo, Role.CASE_WORKER));
    RequestPostProcessor receiver = person(accounts.create("list-recv", centre, Role.CASE_WORKER));
    refer(sender, ngo, centre, "SHELTER", "2026-01-10", "1990-05-01");
    refer(sender, ngo, centre, "MEDICAL", "2026-01-12", "2012-03-01");
    refer(sender, ngo, centre, "SHELTER", "2026-01-11", null);

    String newestFirst = api(receiver, "/api/v1/referrals");
    assertThat(JsonPath.<Integer>read(newestFirst, "$.total")).isEqualTo(3);
    assertThat(JsonPath.<List<String>>read(newestFirst, "$.items[*].sentOn"))
        .containsExactly("2026-01-12", "2026-01-11", "2026-01-10");
    assertThat(
            JsonPath.<List<String>>read(
                api(receiver, "/api/v1/referrals?sort=sentOn"), "$.items[*].sentOn"))
        .containsExactly("2026-01-10", "2026-01-11", "2026-01-12");
    // an order the list does not know is its usual order, never an error
    assertThat(
            JsonPath.<List<String>>read(
                api(receiver, "/api/v1/referrals?sort=id;drop table referral"),
                "$.items[*].sentOn"))
        .containsExactly("2026-01-12", "2026-01-11", "2026-01-10");
    String firstPage = api(receiver, "/api/v1/referrals?size=2&page=1");
    assertThat(JsonPath.<List<String>>read(firstPage, "$.items[*].sentOn"))
        .containsExactly("2026-01-10");
    assertThat(JsonPath.<Integer>read(firstPage, "$.total")).isEqualTo(3);
    assertThat(
            JsonPath.<List<String>>read(
                api(receiver, "/api/v1/referrals?serviceType=SHELTER"), "$.items[*].sentOn"))
        .containsExactly("2026-01-11", "2026-01-10");
    assertThat(
            JsonPath.<List<String>>read(
                api(receiver, "/api/v1/referrals?child=true"), "$.items[*].sentOn"))
        .containsExactly("2026-01-12");
    assertThat(
            JsonPath.<Integer>read(
                api(receiver, "/api/v1/referrals?organisationId=" + centre), "$.total"))
        .isZero();
    assertThat(
            JsonPath.<Integer>read(
                api(receiver, "/api/v1/referrals?organisationId=" + ngo + "&status=SENT"),
                "$.total"))
        .isEqualTo(3);

    // the screen: the same choice, headings that sort, the choice kept in their links
    String page = screen(receiver, "/referrals?incoming=true&serviceType=SHELTER&sort=-sentOn");
    assertThat(page)
        .contains("aria-sort=\"descending\"", "data-sort=\"sentOn\"")
        .contains("href=\"/referrals?incoming=true&amp;serviceType=SHELTER&amp;sort=sentOn\"")
        .contains("11 Jan 2026", "10 Jan 2026")
        .doesNotContain("12 Jan 2026");
  }

  private void refer(
      RequestPostProcessor sender, UUID from, UUID to, String service, String sentOn, String born)
      throws Exception {
    String registered =
        send(
            sender,
            "/api/v1/cases",
            born == null
                ? """
                  {"givenName":"Бермет","sex":"FEMALE"}"""
                : """
                  {"givenName":"Бермет","sex":"FEMALE","dateOfBirth":"%s"}"""
                    .formatted(born));
    String caseId = JsonPath.read(registered, "$.id");
    send(
        sender,
        "/api/v1/cases/" + caseId + "/consents",
        """
        {"purpose":"REFERRAL","givenOn":"2026-01-05","byGuardian":%s}"""
            .formatted(born != null && born.startsWith("2012")));
    if (born != null && born.startsWith("2012")) {
      // a child is referred once her best interests are determined
      send(
          sender,
          "/api/v1/cases/" + caseId + "/child-protection",
          """
          {"guardianType":"PARENT","bestInterestsOn":"2026-01-06","bestInterestsBy":"%s",
           "bestInterestsSummary":"Safe placement"}"""
              .formatted(from));
    }
    send(
        sender,
        "/api/v1/cases/" + caseId + "/referrals",
        """
        {"toOrganisationId":"%s","serviceType":"%s","sentOn":"%s"}"""
            .formatted(to, service, sentOn));
  }

  private RequestPostProcessor person(String username) {
    return user(users.loadUserByUsername(username));
  }

  private String send(RequestPostProcessor who, String url, String json) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(post(url).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isLessThan(300);
    return response.getContentAsString();
  }

  private String api(RequestPostProcessor who, String url) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(url).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(url).isEqualTo(200);
    return response.getContentAsString();
  }

  private String screen(RequestPostProcessor who, String url) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(url).with(who).header("Accept-Language", "en")).andReturn().getResponse();
    assertThat(response.getStatus()).as(url).isEqualTo(200);
    return response.getContentAsString();
  }
}
