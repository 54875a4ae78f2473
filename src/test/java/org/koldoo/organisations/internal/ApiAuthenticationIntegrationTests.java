package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class ApiAuthenticationIntegrationTests extends IntegrationTest {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @Autowired MockMvc mvc;
  @Autowired SecondFactors secondFactors;
  @Autowired KoldooUserDetailsService userDetails;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void credentials_are_exchanged_for_an_expiring_token_that_opens_the_api() throws Exception {
    String admin = accounts.create("api-admin", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String token = token(admin);
    mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isArray());
  }

  @Test
  void a_token_response_has_token_and_expiry() throws Exception {
    String user = accounts.create("api-expiry", TestAccounts.MVD, Role.INVESTIGATOR);
    mvc.perform(
            post("/api/v1/auth/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(credentials(user, TestAccounts.PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.token").isString())
        .andExpect(jsonPath("$.expiresAt").isString());
  }

  @Test
  void wrong_credentials_give_a_401_problem() throws Exception {
    mvc.perform(
            post("/api/v1/auth/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(credentials("no-such-user", "wrong-password-1")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void missing_fields_give_a_400_problem_naming_them() throws Exception {
    mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("username", "password")));
  }

  @Test
  void no_token_gives_401_and_an_unknown_token_too() throws Exception {
    mvc.perform(get("/api/v1/organisations"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer not-a-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void an_expired_token_is_refused() throws Exception {
    String user = accounts.create("api-expired", TestAccounts.MVD, Role.INVESTIGATOR);
    String token = token(user);
    jdbc.sql(
            "update api_token set expires_at = now() - interval '1 second' where user_id ="
                + " (select id from user_account where username = :u)")
        .param("u", user)
        .update();
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void a_revoked_token_is_refused() throws Exception {
    String user = accounts.create("api-revoke", TestAccounts.MVD, Role.INVESTIGATOR);
    String token = token(user);
    // used first, so that its account is remembered: revocation must still end it at once
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    mvc.perform(delete("/api/v1/auth/tokens/current").header("Authorization", "Bearer " + token))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void deactivating_an_account_ends_its_tokens() throws Exception {
    String admin = accounts.create("api-admin2", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String user = accounts.create("api-victim", TestAccounts.MVD, Role.INVESTIGATOR);
    String adminToken = token(admin);
    String userToken = token(user);
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + userToken))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/v1/users/" + accounts.idOf(user) + "/deactivate")
                .header("Authorization", "Bearer " + adminToken))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false));
    mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + userToken))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void a_role_without_rights_gets_a_403_problem() throws Exception {
    String user = accounts.create("api-403", TestAccounts.MVD, Role.INVESTIGATOR);
    mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token(user)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.status").value(403));
  }

  @Test
  void unknown_records_give_a_404_problem_and_clashes_a_409() throws Exception {
    String admin = accounts.create("api-admin3", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String token = token(admin);
    mvc.perform(
            get("/api/v1/organisations/" + java.util.UUID.randomUUID())
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            post("/api/v1/organisations")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"code":"MVD","nameEn":"x","nameRu":"x","nameKy":"x","type":"NGO","region":"BISHKEK","active":true}"""))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.field").value("code"));
    mvc.perform(get("/api/v1/no-such-endpoint").header("Authorization", "Bearer " + token))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void problems_speak_the_callers_language() throws Exception {
    mvc.perform(get("/api/v1/organisations").header("Accept-Language", "ru"))
        .andExpect(status().isUnauthorized())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("аутентификация")));
  }

  @Test
  void an_administrator_changes_roles_through_the_api() throws Exception {
    String admin = accounts.create("api-admin4", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String user = accounts.create("api-roles", TestAccounts.MVD, Role.INVESTIGATOR);
    mvc.perform(
            put("/api/v1/users/" + accounts.idOf(user))
                .header("Authorization", "Bearer " + token(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fullName":"Renamed","organisationId":"%s","roles":["INVESTIGATOR","ANALYST"]}"""
                        .formatted(TestAccounts.MVD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles.length()").value(2));
  }

  @Test
  void reads_write_nothing_and_a_role_change_applies_at_once() throws Exception {
    String admin = accounts.create("api-admin5", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String user = accounts.create("api-reader", TestAccounts.MVD, Role.INVESTIGATOR);
    String token = token(user);
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/criminal-cases").header("Authorization", "Bearer " + token))
          .andExpect(status().isOk());
      if (i == 0) {
        // the first use is recorded; later reads within the minute leave the row alone
        jdbc.sql("update api_token set last_used_at = timestamp '2000-01-01' where user_id = :u")
            .param("u", accounts.idOf(user))
            .update();
      }
    }
    assertThat(
            jdbc.sql("select last_used_at from api_token where user_id = :u")
                .param("u", accounts.idOf(user))
                .query(java.sql.Timestamp.class)
                .single())
        .isEqualTo(java.sql.Timestamp.valueOf("2000-01-01 00:00:00"));
    // the administrator takes the investigator role away: the account's tokens end at once,
    // although the account was remembered
    mvc.perform(
            put("/api/v1/users/" + accounts.idOf(user))
                .header("Authorization", "Bearer " + token(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"fullName":"Reader","organisationId":"%s","roles":["HOTLINE_OPERATOR"]}"""
                        .formatted(TestAccounts.MVD)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/criminal-cases").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  private String token(String username) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/auth/tokens")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(credentials(username, TestAccounts.PASSWORD)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    assertThat(token).isNotBlank().doesNotContain("{");
    return token;
  }

  /** With the app's code for a person whose role requires a second factor. */
  private String credentials(String username, String password) {
    String code = "";
    try {
      code =
          SecondFactorSteps.apiCode(
              secondFactors, (KoldooPrincipal) userDetails.loadUserByUsername(username));
    } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
      // an unknown account sends no code
    }
    return "{\"username\":\"%s\",\"password\":\"%s\",\"code\":\"%s\"}"
        .formatted(username, password, code);
  }
}
