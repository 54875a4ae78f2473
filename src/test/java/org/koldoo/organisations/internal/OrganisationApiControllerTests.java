package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Region;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The organisations API's own checks, without a database: everyone reads the bodies of the
 * mechanism, only administrators add or change one, and a body's code, names, type and region are
 * checked before anything is written, each refusal naming its field.
 */
class OrganisationApiControllerTests extends OrganisationsSliceTest {

  private static final String CRISIS_CENTRE =
      """
      {"code":"CC-NARYN","nameEn":"Naryn crisis centre","nameRu":"Кризисный центр Нарын",
       "nameKy":"Нарын кризистик борбору","type":"NGO","region":"NARYN","active":true}""";

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void a_code_with_spaces_blank_names_or_a_long_name_are_refused_naming_each() throws Exception {
    var response =
        send(
            "/api/v1/organisations",
            """
            {"code":"CC NARYN","nameEn":"","nameRu":"%s","nameKy":" ","active":true}"""
                .formatted("н".repeat(201)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("code", "nameEn", "nameRu", "nameKy", "type", "region");
    verifyNoInteractions(service);
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void an_administrator_adds_a_body_and_is_told_where_it_is() throws Exception {
    UUID id = UUID.randomUUID();
    when(service.create(any()))
        .thenReturn(
            new OrganisationSummary(
                id,
                "CC-NARYN",
                "Naryn crisis centre",
                "Кризисный центр Нарын",
                "Нарын кризистик борбору",
                OrganisationType.NGO,
                Region.NARYN,
                null,
                true));
    var response = send("/api/v1/organisations", CRISIS_CENTRE);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/organisations/" + id);
  }

  @Test
  @WithMockUser(roles = {"NATIONAL_COORDINATOR", "CASE_WORKER", "AUDITOR", "ANALYST"})
  void nobody_but_an_administrator_adds_or_changes_a_body_yet_everyone_reads_them()
      throws Exception {
    assertThat(send("/api/v1/organisations", CRISIS_CENTRE).getStatus()).isEqualTo(403);
    assertThat(send(put("/api/v1/organisations/" + UUID.randomUUID()), CRISIS_CENTRE).getStatus())
        .isEqualTo(403);
    verifyNoInteractions(service);

    when(service.active()).thenReturn(List.of());
    assertThat(statusOf("/api/v1/organisations")).isEqualTo(200);
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void a_change_is_checked_as_a_new_body_is() throws Exception {
    UUID id = UUID.randomUUID();
    var response =
        send(put("/api/v1/organisations/" + id), CRISIS_CENTRE.replace("\"NGO\"", "null"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("type");
    verifyNoInteractions(service);

    when(service.update(eq(id), any())).thenReturn(null);
    assertThat(send(put("/api/v1/organisations/" + id), CRISIS_CENTRE).getStatus()).isEqualTo(200);
  }
}
