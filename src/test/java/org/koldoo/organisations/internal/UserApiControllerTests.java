package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The accounts API's own checks, without a database: everything in it is the administrators', and
 * an account's name, full name, e-mail, organisation and roles are checked before anything is
 * written, each refusal naming its field.
 */
class UserApiControllerTests extends OrganisationsSliceTest {

  private static final String NEW_USER =
      """
      {"username":"a.tashieva","fullName":"Айгуль Ташиева","email":"a.t@example.kg",
       "organisationId":"00000000-0000-0000-0000-000000000001","roles":["ANALYST"]}""";

  @Test
  @WithMockUser(roles = {"NATIONAL_COORDINATOR", "ANALYST", "AUDITOR", "CASE_WORKER"})
  void nobody_but_an_administrator_lists_creates_changes_or_revokes() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(statusOf("/api/v1/users")).isEqualTo(403);
    assertThat(send(post("/api/v1/users"), NEW_USER).getStatus()).isEqualTo(403);
    assertThat(send(put("/api/v1/users/" + id), NEW_USER).getStatus()).isEqualTo(403);
    assertThat(send(post("/api/v1/users/" + id + "/deactivate"), "").getStatus()).isEqualTo(403);
    assertThat(send(delete("/api/v1/users/" + id + "/tokens"), "").getStatus()).isEqualTo(403);
    verifyNoInteractions(users, readModel, tokens);
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void an_account_s_name_mail_organisation_and_roles_are_checked_field_by_field() throws Exception {
    var response =
        send(
            post("/api/v1/users"),
            """
            {"username":"a b","fullName":"","email":"not-an-address","roles":[]}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("username", "fullName", "email", "organisationId", "roles");
    var tooLong = send(post("/api/v1/users"), NEW_USER.replace("a.tashieva", "u".repeat(65)));
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString()).contains("username");
    var noSuchRole = send(post("/api/v1/users"), NEW_USER.replace("ANALYST", "EMPEROR"));
    assertThat(noSuchRole.getStatus()).isEqualTo(400);
    verify(users, never()).create(any());
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void a_new_account_is_answered_once_with_its_temporary_password() throws Exception {
    UUID id = UUID.randomUUID();
    when(users.create(any()))
        .thenReturn(
            new UserService.Created(
                id, "a.tashieva", "Tmp-pass-123", java.time.Instant.parse("2026-12-09T10:00:00Z")));
    var response = send(post("/api/v1/users"), NEW_USER);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/users/" + id);
    assertThat(response.getContentAsString())
        .contains(
            "\"temporaryPassword\":\"Tmp-pass-123\"",
            "\"temporaryPasswordUntil\":\"2026-12-09T10:00:00Z\"");
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void an_unknown_language_is_refused_on_a_change() throws Exception {
    var response =
        send(
            put("/api/v1/users/" + UUID.randomUUID()),
            """
            {"fullName":"Айгуль Ташиева","organisationId":"00000000-0000-0000-0000-000000000001",
             "roles":["ANALYST"],"preferredLanguage":"de"}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("preferredLanguage");
    verify(users, never()).update(any(), any());
  }
}
