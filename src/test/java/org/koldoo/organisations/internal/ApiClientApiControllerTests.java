package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The API clients' own checks, without a database: everything is the administrators', and a client
 * needs a name, an organisation and at least one role before its secret is made.
 */
class ApiClientApiControllerTests extends OrganisationsSliceTest {

  private static final String CLIENT =
      """
      {"name":"Ministry of Labour import","organisationId":"00000000-0000-0000-0000-000000000001",
       "roles":["LABOUR_INSPECTOR"]}""";

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void a_client_without_name_organisation_or_role_is_refused_naming_each() throws Exception {
    var response =
        send(
            "/api/v1/api-clients",
            """
            {"name":"%s","roles":[]}"""
                .formatted("n".repeat(201)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("name", "organisationId", "roles");
    verifyNoInteractions(clients);
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void a_new_client_is_given_its_secret_once_and_told_where_it_is() throws Exception {
    UUID id = UUID.randomUUID();
    when(clients.create(eq("Ministry of Labour import"), any(), eq(Set.of(Role.LABOUR_INSPECTOR))))
        .thenReturn(new ApiClientService.Issued(id, "mol-import", "s3cret"));
    var response = send("/api/v1/api-clients", CLIENT);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/api-clients/" + id);
    assertThat(response.getContentAsString()).contains("s3cret");
  }

  @Test
  @WithMockUser(roles = {"NATIONAL_COORDINATOR", "AUDITOR", "ANALYST", "LABOUR_INSPECTOR"})
  void nobody_but_an_administrator_lists_creates_rotates_or_revokes_a_client() throws Exception {
    UUID id = UUID.randomUUID();
    assertThat(statusOf("/api/v1/api-clients")).isEqualTo(403);
    assertThat(send("/api/v1/api-clients", CLIENT).getStatus()).isEqualTo(403);
    assertThat(send(post("/api/v1/api-clients/" + id + "/secret"), "{}").getStatus())
        .isEqualTo(403);
    assertThat(send(post("/api/v1/api-clients/" + id + "/revoke"), "{}").getStatus())
        .isEqualTo(403);
    verifyNoInteractions(clients);
  }
}
