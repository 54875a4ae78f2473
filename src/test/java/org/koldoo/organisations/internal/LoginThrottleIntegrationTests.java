package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An address that keeps failing must wait, whichever accounts it tries. Runs in the shared test
 * application with the configured limit, so that it starts no application of its own.
 */
class LoginThrottleIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired SecurityProperties properties;
  @Autowired LoginThrottle throttle;

  /**
   * Brings an address to one failure short of the limit without a thousand logins (the shared test
   * application allows many); the last failure goes through the door under test, so the test fails
   * unless that door counts it.
   */
  private void failuresShortOfTheLimit(String address) {
    for (int i = 1; i < properties.throttleMaxAttempts(); i++) {
      throttle.recordFailure(address);
    }
  }

  @Test
  void an_address_over_the_limit_is_turned_away_on_the_web() throws Exception {
    String username = accounts.create("throttle", TestAccounts.MVD, Role.INVESTIGATOR);
    RequestPostProcessor from = from("198.51.100.7");
    failuresShortOfTheLimit("198.51.100.7");
    mvc.perform(login(username, "wrong-password-1").with(from))
        .andExpect(redirectedUrl("/login?error"));
    // one short of the limit, the address may still try
    failuresShortOfTheLimit("198.51.100.17");
    // (the password was right: the sign-in goes on to the investigator's second factor)
    mvc.perform(login(username, TestAccounts.PASSWORD).with(from("198.51.100.17")))
        .andExpect(redirectedUrl("/account/two-factor"));
    // even the right password waits: the address is throttled before any check
    mvc.perform(login(username, TestAccounts.PASSWORD).with(from))
        .andExpect(redirectedUrl("/login?throttled"))
        .andExpect(header().exists("Retry-After"));
    // another address is not affected
    mvc.perform(login(username, TestAccounts.PASSWORD).with(from("198.51.100.8")))
        .andExpect(redirectedUrl("/account/two-factor"));
  }

  @Test
  void an_address_over_the_limit_gets_429_from_the_token_endpoint() throws Exception {
    RequestPostProcessor from = from("198.51.100.9");
    failuresShortOfTheLimit("198.51.100.9");
    mvc.perform(
            post("/api/v1/auth/tokens")
                .with(from)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username":"ghost","password":"wrong-password-1"}"""))
        .andExpect(status().isUnauthorized());
    var response =
        mvc.perform(
                post("/api/v1/auth/tokens")
                    .with(from)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                             {"username":"ghost","password":"wrong-password-1"}"""))
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).startsWith("application/problem+json");
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
      String username, String password) {
    return post("/login")
        .param("username", username)
        .param("password", password)
        .with(
            org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
