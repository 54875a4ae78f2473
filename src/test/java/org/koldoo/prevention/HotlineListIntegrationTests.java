package org.koldoo.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Forty-five thousand calls a year are found by what a person looks for: outcome, topic, region and
 * operator besides the days, in the order of the column chosen, the choice kept in the address.
 */
class HotlineListIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired UserDetailsService users;

  @Test
  void calls_are_found_by_outcome_topic_region_and_operator_in_the_order_asked() throws Exception {
    String operator = accounts.create("hl-list", TestAccounts.MVD, Role.HOTLINE_OPERATOR);
    RequestPostProcessor me = user(users.loadUserByUsername(operator));
    log(me, "2026-02-03T10:00:00", "OSH", "TRAFFICKING", "SCREENING_STARTED");
    log(me, "2026-02-01T09:00:00", "BISHKEK", "SAFE_MIGRATION", "INFORMATION_GIVEN");
    log(me, "2026-02-02T11:30:00", "OSH", "LABOUR_RIGHTS", "INFORMATION_GIVEN");

    String mine = "/api/v1/hotline/calls?operator=" + operator.toUpperCase();
    assertThat(received(mine))
        .containsExactly("2026-02-03T04:00:00Z", "2026-02-02T05:30:00Z", "2026-02-01T03:00:00Z");
    assertThat(received(mine + "&sort=receivedAt"))
        .containsExactly("2026-02-01T03:00:00Z", "2026-02-02T05:30:00Z", "2026-02-03T04:00:00Z");
    assertThat(received(mine + "&outcome=INFORMATION_GIVEN&region=OSH"))
        .containsExactly("2026-02-02T05:30:00Z");
    assertThat(received(mine + "&topic=SAFE_MIGRATION")).containsExactly("2026-02-01T03:00:00Z");
    assertThat(received(mine + "&from=2026-02-02&to=2026-02-02"))
        .containsExactly("2026-02-02T05:30:00Z");
    assertThat(received("/api/v1/hotline/calls?operator=nobody-at-all")).isEmpty();

    String page =
        mvc.perform(
                get("/hotline?operator=" + operator + "&region=OSH&sort=-receivedAt")
                    .with(me)
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("aria-sort=\"descending\"")
        .contains("href=\"/hotline?operator=" + operator + "&amp;region=OSH&amp;sort=receivedAt\"")
        .contains("3 Feb 2026 10:00", "2 Feb 2026 11:30")
        .doesNotContain("1 Feb 2026 09:00");
  }

  private void log(RequestPostProcessor who, String at, String region, String topic, String outcome)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/api/v1/hotline/calls")
                    .with(who)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"receivedAt":"%s","channel":"PHONE","callerType":"MIGRANT_OR_FAMILY",
                         "language":"ky","region":"%s","topics":["%s"],"outcome":"%s"}"""
                            .formatted(at, region, topic, outcome)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
  }

  private List<String> received(String url) throws Exception {
    String operator = url.replaceAll(".*operator=([^&]+).*", "$1");
    MockHttpServletResponse response =
        mvc.perform(
                get(url)
                    .with(
                        user(
                            users.loadUserByUsername(
                                operator.equals("nobody-at-all")
                                    ? accounts.create("hl-read", TestAccounts.MOL, Role.ANALYST)
                                    : operator.toLowerCase()))))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(200);
    return JsonPath.read(response.getContentAsString(), "$.items[*].receivedAt");
  }
}
