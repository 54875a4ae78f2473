package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class LoginProtectionIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void a_correct_password_logs_in_and_is_audited() throws Exception {
    String username = accounts.create("login-ok", TestAccounts.MVD, Role.INVESTIGATOR);
    // the password is accepted: an investigator's sign-in goes on to the second factor
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/account/two-factor"));
    assertThat(auditCount(username, "LOGIN_SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void a_wrong_password_is_refused_and_audited() throws Exception {
    String username = accounts.create("login-bad", TestAccounts.MVD, Role.INVESTIGATOR);
    mvc.perform(formLogin().user(username).password("wrong-password-1"))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(auditCount(username, "LOGIN_FAILED")).isEqualTo(1);
  }

  @Test
  void a_password_that_could_not_be_checked_is_not_called_wrong() throws Exception {
    String unavailable =
        mvc.perform(get("/login?unavailable")).andReturn().getResponse().getContentAsString();
    assertThat(unavailable)
        .contains("id=\"login-unavailable\"", "your password was not checked")
        .doesNotContain("Wrong username or password");
    String fault = mvc.perform(get("/login?fault")).andReturn().getResponse().getContentAsString();
    assertThat(fault).contains("id=\"login-fault\"").doesNotContain("Wrong username or password");
  }

  @Test
  void repeated_failures_lock_the_account_even_against_the_right_password() throws Exception {
    String username = accounts.create("lockout", TestAccounts.MVD, Role.INVESTIGATOR);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(username).password("wrong-password-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    // a wrong password learns nothing of the lock: the answer is the answer to any wrong password
    mvc.perform(formLogin().user(username).password("wrong-password-again"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/login?locked"));
    assertThat(auditCount(username, "ACCOUNT_LOCKED")).isEqualTo(1);
  }

  @Test
  void a_locked_account_opens_again_when_the_administrator_resets_its_password() throws Exception {
    String username = accounts.create("unlock", TestAccounts.MVD, Role.INVESTIGATOR);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(username).password("wrong-password-" + i));
    }
    assertThat(lockedUntilSet(username)).isTrue();
    jdbc.sql(
            "update user_account set locked_until = now() - interval '1 minute' where username = :u")
        .param("u", username)
        .update();
    // the password is accepted: an investigator's sign-in goes on to the second factor
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/account/two-factor"));
  }

  @Test
  void a_deactivated_account_cannot_log_in() throws Exception {
    String username = accounts.create("inactive", TestAccounts.MVD, Role.INVESTIGATOR);
    jdbc.sql("update user_account set active = false where username = :u")
        .param("u", username)
        .update();
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/login?disabled"));
  }

  @Test
  void forms_without_a_csrf_token_are_refused() throws Exception {
    String username = accounts.create("csrf", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    var principal =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user(username)
            .roles("SYSTEM_ADMINISTRATOR");
    mvc.perform(post("/admin/organisations/new").with(principal).param("code", "X"))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_person_with_a_one_time_password_can_only_change_it() throws Exception {
    String username = accounts.create("onetime", TestAccounts.MVD, Role.INVESTIGATOR);
    jdbc.sql("update user_account set must_change_password = true where username = :u")
        .param("u", username)
        .update();
    var session =
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
            .andReturn()
            .getRequest()
            .getSession();
    mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) session))
        .andExpect(redirectedUrl("/account/password"));
  }

  private long auditCount(String username, String action) {
    return jdbc.sql("select count(*) from audit_entry where actor = :u and action = :a")
        .param("u", username)
        .param("a", action)
        .query(Long.class)
        .single();
  }

  private boolean lockedUntilSet(String username) {
    return jdbc.sql("select locked_until is not null from user_account where username = :u")
        .param("u", username)
        .query(Boolean.class)
        .single();
  }
}
