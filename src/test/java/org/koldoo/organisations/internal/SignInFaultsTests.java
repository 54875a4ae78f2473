package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A password that could not be checked is not called wrong: with the database out of reach, the
 * login page is sent the reason (shown: LoginProtectionIntegrationTests) and the API answers 503;
 * another fault of Koldoo's is named as one.
 */
class SignInFaultsTests extends OrganisationsSliceTest {

  private static InternalAuthenticationServiceException databaseGone() {
    return new InternalAuthenticationServiceException(
        "the account could not be read",
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
  }

  @Test
  void the_login_page_is_sent_the_reason_a_person_can_act_on() throws Exception {
    assertThat(LoginFailureHandler.reason(databaseGone())).isEqualTo("unavailable");
    assertThat(
            LoginFailureHandler.reason(
                new InternalAuthenticationServiceException(
                    "a fault", new IllegalStateException("a bug"))))
        .isEqualTo("fault");
    assertThat(LoginFailureHandler.reason(new BadCredentialsException("wrong"))).isEqualTo("error");
    assertThat(LoginFailureHandler.reason(new LockedException("locked"))).isEqualTo("locked");

    MockHttpServletResponse response = new MockHttpServletResponse();
    new LoginFailureHandler()
        .onAuthenticationFailure(new MockHttpServletRequest(), response, databaseGone());
    assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");

    MockHttpServletResponse provider = new MockHttpServletResponse();
    SingleSignOnLogin.refused(new MockHttpServletRequest(), provider, databaseGone());
    assertThat(provider.getRedirectedUrl())
        .as("a sign-on through the provider that the database stopped")
        .isEqualTo("/login?unavailable");
  }

  @Test
  @WithMockUser(roles = {}) // the slice has Spring Security's defaults, not the sign-in rules
  void the_api_answers_503_when_the_database_is_out_of_reach_not_401() throws Exception {
    when(authentication.authenticate(any())).thenThrow(databaseGone());
    for (String path : new String[] {"/api/v1/auth/tokens", "/api/v1/auth/password"}) {
      var response =
          send(
              path,
              """
              {"username":"aigul","password":"correct-horse-42","currentPassword":"correct-horse-42",
               "newPassword":"another-horse-42-battery"}""");
      assertThat(response.getStatus()).as(path).isEqualTo(503);
      assertThat(response.getContentAsString())
          .as(path)
          .contains("database cannot be reached")
          .doesNotContain("Wrong username or password");
    }
  }

  @Test
  @WithMockUser(roles = {}) // the slice has Spring Security's defaults, not the sign-in rules
  void a_wrong_password_is_still_a_401() throws Exception {
    when(authentication.authenticate(any())).thenThrow(new BadCredentialsException("wrong"));
    var response =
        send(
            "/api/v1/auth/tokens",
            """
            {"username":"aigul","password":"wrong-horse"}""");
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).contains("Wrong username or password");
  }
}
