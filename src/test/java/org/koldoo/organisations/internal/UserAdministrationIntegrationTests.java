package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class UserAdministrationIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired KoldooUserDetailsService userDetails;
  @Autowired JdbcClient jdbc;
  @Autowired UserService users;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  private RequestPostProcessor admin;

  @BeforeEach
  void administrator() {
    String username = accounts.create("admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    admin = user(userDetails.loadUserByUsername(username));
  }

  @Test
  void an_administrator_creates_an_investigator_who_logs_in_and_sees_only_investigator_screens()
      throws Exception {
    String username = "inv" + System.nanoTime() % 1_000_000;
    var created =
        mvc.perform(
                post("/admin/users/new")
                    .with(admin)
                    .with(csrf())
                    .param("username", username)
                    .param("fullName", "Азамат Кыдыралиев")
                    .param("organisationId", TestAccounts.MVD.toString())
                    .param("roles", "INVESTIGATOR")
                    .param("temporaryPassword", "first-Pass-2026-x"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(created.getFlashMap().get("temporaryPassword")).isEqualTo("first-Pass-2026-x");
    assertThat(
            mvc.perform(get(created.getResponse().getRedirectedUrl()).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .as("the account's page offers every role")
        .contains("value=\"INVESTIGATOR\"", "value=\"SYSTEM_ADMINISTRATOR\"");

    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(formLogin().user(username).password("first-Pass-2026-x"))
                // an investigator sees identities: a second factor follows the password
                .andExpect(redirectedUrl("/account/two-factor"))
                .andReturn()
                .getRequest()
                .getSession();
    // first login: the one-time password must be replaced before anything else
    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    assertThat(pageOf("/account/password", session))
        .as("no screen nor count of work is shown before the sign-in is finished")
        .contains("newPassword")
        .doesNotContain("data-nav=");
    mvc.perform(
            post("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", "first-Pass-2026-x")
                .param("newPassword", "my-own-secret-77")
                .param("repeat", "my-own-secret-77"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/two-factor"));
    assertThat(pageOf("/account/two-factor", session))
        .contains("id=\"set-up\"")
        .doesNotContain("data-nav=");
    assertThat(SecondFactorSteps.setUpAndContinue(mvc, session)).isEqualTo("/");
    String home =
        mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
    assertThat(home)
        .contains("Азамат Кыдыралиев", "data-nav=\"/cases\"")
        .doesNotContain("data-nav=\"/admin/users\"");
    mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
    assertThat(audited("USER_CREATED")).isPositive();
  }

  @Test
  void invalid_input_is_shown_field_by_field_and_nothing_is_written() throws Exception {
    long before = countUsers();
    String page =
        mvc.perform(
                post("/admin/users/new")
                    .with(admin)
                    .with(csrf())
                    .param("username", "no spaces allowed")
                    .param("fullName", "")
                    .header("Accept-Language", "ru"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Обязательное поле.", "Содержит недопустимые символы.");
    assertThat(countUsers()).isEqualTo(before);
  }

  @Test
  void a_taken_username_is_a_field_error() throws Exception {
    String existing = accounts.create("taken", TestAccounts.MVD, Role.INVESTIGATOR);
    String page =
        mvc.perform(
                post("/admin/users/new")
                    .with(admin)
                    .with(csrf())
                    .param("username", existing.toUpperCase())
                    .param("fullName", "Someone")
                    .param("organisationId", TestAccounts.MVD.toString())
                    .param("roles", "ANALYST"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("is already taken");
  }

  @Test
  void a_weak_temporary_password_is_refused() throws Exception {
    String page =
        mvc.perform(
                post("/admin/users/new")
                    .with(admin)
                    .with(csrf())
                    .param("username", "weak" + System.nanoTime() % 100000)
                    .param("fullName", "Someone")
                    .param("organisationId", TestAccounts.MVD.toString())
                    .param("roles", "ANALYST")
                    .param("temporaryPassword", "short1"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("at least 12 characters");
  }

  @Test
  void deactivation_and_password_reset_take_effect_at_once() throws Exception {
    String username = accounts.create("deact", TestAccounts.MVD, Role.INVESTIGATOR);
    var id = accounts.idOf(username);
    mvc.perform(post("/admin/users/" + id + "/deactivate").with(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + id));
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/login?disabled"));
    mvc.perform(post("/admin/users/" + id + "/activate").with(admin).with(csrf()));
    var reset =
        mvc.perform(post("/admin/users/" + id + "/reset-password").with(admin).with(csrf()))
            .andReturn();
    String temporary = (String) reset.getFlashMap().get("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
    mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(formLogin().user(username).password(temporary))
        .andExpect(redirectedUrl("/account/two-factor"));
  }

  @Test
  void a_temporary_password_opens_the_account_only_for_its_lifetime() throws Exception {
    String username = accounts.create("temp-life", TestAccounts.MVD, Role.INVESTIGATOR);
    var id = accounts.idOf(username);
    String temporary = reset(id);
    assertThat(
            jdbc.sql(
                    "select temporary_password_until - now() between interval '6 days 23 hours'"
                        + " and interval '7 days' from user_account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single())
        .as("a week by default")
        .isTrue();
    assertThat(
            mvc.perform(get("/admin/users/" + id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .as("the administrator sees until when")
        .contains("temporary-password-until", "Temporary password valid until");

    jdbc.sql(
            "update user_account set temporary_password_until = now() - interval '1 minute'"
                + " where id = :id")
        .param("id", id)
        .update();
    mvc.perform(formLogin().user(username).password(temporary))
        .andExpect(redirectedUrl("/login?temporaryExpired"));
    // a wrong password learns nothing of it
    mvc.perform(formLogin().user(username).password("wrong-password-1"))
        .andExpect(redirectedUrl("/login?error"));
    var token =
        mvc.perform(
                post("/api/v1/auth/tokens")
                    .contentType("application/json")
                    .content(
                        """
                        {"username":"%s","password":"%s"}
                        """
                            .formatted(username, temporary)))
            .andReturn()
            .getResponse();
    assertThat(token.getStatus()).isEqualTo(401);
    assertThat(token.getContentAsString()).contains("temporary password has expired");
    assertThat(
            mvc.perform(get("/admin/users/" + id).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Temporary password expired on");

    String again = reset(id);
    mvc.perform(formLogin().user(username).password(again))
        .andExpect(redirectedUrl("/account/two-factor"));
    users.changeOwnPassword(
        username,
        new UserForms.ChangePassword(
            again, "a-new-password-of-mine-42", "a-new-password-of-mine-42"));
    assertThat(
            jdbc.sql("select temporary_password_until is null from user_account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single())
        .as("a password of one's own does not expire")
        .isTrue();
  }

  /** The administrator resets the account's password; the temporary one shown once. */
  private String reset(java.util.UUID id) throws Exception {
    return (String)
        mvc.perform(post("/admin/users/" + id + "/reset-password").with(admin).with(csrf()))
            .andReturn()
            .getFlashMap()
            .get("temporaryPassword");
  }

  @Test
  void the_user_list_is_searchable_and_paged() throws Exception {
    String username = accounts.create("findme", TestAccounts.MVD, Role.LABOUR_INSPECTOR);
    String page =
        mvc.perform(get("/admin/users").param("q", username).with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(username);
    String byRole =
        mvc.perform(get("/admin/users").param("role", "LABOUR_INSPECTOR").with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(byRole).contains("users-table");
  }

  @Test
  void the_last_active_administrator_can_be_neither_deactivated_nor_demoted() {
    String last = accounts.create("last-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    var id = accounts.idOf(last);
    transactions.executeWithoutResult(
        status -> {
          // leave exactly one active administrator, then undo everything
          jdbc.sql("update user_account set active = false where id <> :id")
              .param("id", id)
              .update();
          assertThatThrownBy(() -> users.deactivate(id))
              .isInstanceOf(org.koldoo.platform.web.ConflictException.class)
              .hasMessage("user.lastAdministrator");
          assertThatThrownBy(
                  () ->
                      users.update(
                          id,
                          new UserForms.EditUser(
                              "x", null, TestAccounts.MOL, java.util.Set.of(Role.ANALYST), null)))
              .hasMessage("user.lastAdministrator");
          status.setRollbackOnly();
        });
  }

  private long countUsers() {
    return jdbc.sql("select count(*) from user_account").query(Long.class).single();
  }

  private long audited(String action) {
    return jdbc.sql("select count(*) from audit_entry where action = :a")
        .param("a", action)
        .query(Long.class)
        .single();
  }

  private String pageOf(String path, MockHttpSession session) throws Exception {
    return mvc.perform(get(path).session(session))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
