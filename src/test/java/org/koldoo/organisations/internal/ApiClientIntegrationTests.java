package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Integrations without a browser: an API client gets its secret once, exchanges it for tokens,
 * never opens a web session, is audited at every use, and stops when rotated or revoked; a person
 * replaces a one-time password through the API.
 */
class ApiClientIntegrationTests extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApiClient api;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  private MockHttpServletResponse json(String method, String url, String body) throws Exception {
    var request = method.equals("POST") ? post(url) : get(url);
    return mvc.perform(
            request
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "" : body)
                .header("Accept-Language", "en"))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse token(String username, String secret) throws Exception {
    return json(
        "POST",
        "/api/v1/auth/tokens",
        """
        {"username":"%s","password":"%s"}"""
            .formatted(username, secret));
  }

  private int withToken(String token, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void a_client_exchanges_its_secret_for_tokens_is_audited_and_stops_when_rotated_or_revoked()
      throws Exception {
    var admin = api.person("cl-adm", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    var created =
        api.call(
            admin,
            "POST",
            "/api/v1/api-clients",
            """
            {"name":"Crisis centre database","organisationId":"%s","roles":["HOTLINE_OPERATOR"]}"""
                .formatted(TestAccounts.MOL));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    String id = ApiClient.read(created, "$.id");
    String clientId = ApiClient.read(created, "$.clientId");
    String secret = ApiClient.read(created, "$.clientSecret");
    assertThat(api.call(admin, "GET", "/api/v1/api-clients", null).getContentAsString())
        .contains(clientId)
        .doesNotContain(secret);

    var issued = token(clientId, secret);
    assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
    String token = ApiClient.read(issued, "$.token");
    assertThat(withToken(token, "/api/v1/hotline/calls")).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_entry
                    where action = 'API_CLIENT_USED' and object_id = :id
                      and details = 'GET /api/v1/hotline/calls'
                    """)
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    var web = mvc.perform(formLogin().user(clientId).password(secret)).andReturn().getResponse();
    assertThat(web.getRedirectedUrl()).as("never a web session").startsWith("/login?");

    var rotated = api.call(admin, "POST", "/api/v1/api-clients/" + id + "/secret", null);
    String newSecret = ApiClient.read(rotated, "$.clientSecret");
    assertThat(token(clientId, secret).getStatus()).isEqualTo(401);
    assertThat(withToken(token, "/api/v1/hotline/calls")).isEqualTo(401);
    String fresh = ApiClient.read(token(clientId, newSecret), "$.token");
    assertThat(withToken(fresh, "/api/v1/hotline/calls")).isEqualTo(200);

    assertThat(api.call(admin, "POST", "/api/v1/api-clients/" + id + "/revoke", null).getStatus())
        .isEqualTo(204);
    assertThat(withToken(fresh, "/api/v1/hotline/calls")).isEqualTo(401);
    assertThat(token(clientId, newSecret).getStatus()).isEqualTo(401);
    assertThat(
            api.call(
                    admin,
                    "POST",
                    "/api/v1/api-clients",
                    """
                    {"name":"x","organisationId":"%s","roles":["SYSTEM_ADMINISTRATOR"]}"""
                        .formatted(TestAccounts.MOL))
                .getStatus())
        .isEqualTo(409);
  }

  @Test
  void a_person_replaces_a_one_time_password_through_the_api_and_then_gets_a_token()
      throws Exception {
    var admin = api.person("pw-adm", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    String username = "pw-api-" + System.nanoTime() % 1_000_000;
    var created =
        api.call(
            admin,
            "POST",
            "/api/v1/users",
            """
            {"username":"%s","fullName":"Integration user","organisationId":"%s",
             "roles":["ANALYST"],"temporaryPassword":"first-Pass-2026-x"}"""
                .formatted(username, TestAccounts.MOL));
    assertThat(created.getStatus()).as(created.getContentAsString()).isLessThan(300);
    assertThat(token(username, "first-Pass-2026-x").getStatus()).isEqualTo(403);

    var wrong =
        json(
            "POST",
            "/api/v1/auth/password",
            """
            {"username":"%s","currentPassword":"not-it","newPassword":"second-Pass-2026-y"}"""
                .formatted(username));
    assertThat(wrong.getStatus()).isEqualTo(401);
    var weak =
        json(
            "POST",
            "/api/v1/auth/password",
            """
            {"username":"%s","currentPassword":"first-Pass-2026-x","newPassword":"short"}"""
                .formatted(username));
    assertThat(weak.getStatus()).isEqualTo(409);
    var changed =
        json(
            "POST",
            "/api/v1/auth/password",
            """
            {"username":"%s","currentPassword":"first-Pass-2026-x","newPassword":"second-Pass-2026-y"}"""
                .formatted(username));
    assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(204);
    assertThat(token(username, "second-Pass-2026-y").getStatus()).isEqualTo(201);
  }

  @Test
  void an_administrator_manages_clients_on_their_screen_and_sees_a_secret_once() throws Exception {
    var admin = api.person("cl-scr", TestAccounts.MOL, Role.SYSTEM_ADMINISTRATOR);
    var page = api.call(admin, "GET", "/admin/api-clients", null);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("New API client", "api-client-form", "value=\"HOTLINE_OPERATOR\"")
        .as("an integration is never offered the administrator's role")
        .doesNotContain("value=\"SYSTEM_ADMINISTRATOR\"");
    assertThat(api.call(admin, "GET", "/admin/users/new", null).getContentAsString())
        .as("the same roles fragment offers people every role")
        .contains("value=\"SYSTEM_ADMINISTRATOR\"", "value=\"HOTLINE_OPERATOR\"");

    var refused =
        mvc.perform(
                post("/admin/api-clients")
                    .with(admin)
                    .with(csrf())
                    .header("Accept-Language", "ru")
                    .param("name", "Без ролей")
                    .param("organisationId", TestAccounts.MOL.toString()))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(200);
    assertThat(refused.getResponse().getContentAsString())
        .as("a client without roles is refused on the form, with the field named")
        .contains("roles-error");

    var created =
        mvc.perform(
                post("/admin/api-clients")
                    .with(admin)
                    .with(csrf())
                    .param("name", "Hotline sheet robot")
                    .param("organisationId", TestAccounts.MOL.toString())
                    .param("roles", "HOTLINE_OPERATOR"))
            .andReturn();
    assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/api-clients");
    var issued = (ApiClientService.Issued) created.getFlashMap().get("issued");
    assertThat(token(issued.clientId(), issued.clientSecret()).getStatus()).isEqualTo(201);
    var listed = api.call(admin, "GET", "/admin/api-clients", null).getContentAsString();
    assertThat(listed)
        .as("listed, never with its secret once the page is left")
        .contains(issued.clientId(), "Hotline sheet robot", "Never")
        .doesNotContain(issued.clientSecret());

    var rotated =
        mvc.perform(post("/admin/api-clients/" + issued.id() + "/secret").with(admin).with(csrf()))
            .andReturn();
    var second = (ApiClientService.Issued) rotated.getFlashMap().get("issued");
    assertThat(second.clientSecret()).isNotEqualTo(issued.clientSecret());
    assertThat(token(issued.clientId(), issued.clientSecret()).getStatus()).isEqualTo(401);
    assertThat(token(issued.clientId(), second.clientSecret()).getStatus()).isEqualTo(201);

    mvc.perform(post("/admin/api-clients/" + issued.id() + "/revoke").with(admin).with(csrf()))
        .andReturn();
    assertThat(token(issued.clientId(), second.clientSecret()).getStatus()).isEqualTo(401);
    assertThat(api.call(admin, "GET", "/admin/api-clients", null).getContentAsString())
        .contains("Revoked");

    var unknown =
        mvc.perform(
                post("/admin/api-clients/" + java.util.UUID.randomUUID() + "/revoke")
                    .with(admin)
                    .with(csrf()))
            .andReturn();
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    var inspector = api.person("cl-ins", TestAccounts.MOL, Role.LABOUR_INSPECTOR);
    assertThat(api.call(inspector, "GET", "/admin/api-clients", null).getStatus()).isEqualTo(403);
  }
}
