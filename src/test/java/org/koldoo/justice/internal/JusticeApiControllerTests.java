package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The justice API's own checks, without a database: a malformed body is refused with the field at
 * fault before any use case runs, and an endpoint for administrators only refuses everyone else.
 */
class JusticeApiControllerTests extends JusticeSliceTest {

  @Test
  @WithMockUser(roles = "INVESTIGATOR")
  void a_case_without_number_or_date_is_refused_naming_the_fields() throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/criminal-cases")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"origin":"VICTIM_COMPLAINT","articleId":"%s"}"""
                            .formatted(UUID.randomUUID())))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("registrationNumber", "registeredOn");
    verify(cases, never()).register(any());
  }

  @Test
  @WithMockUser(roles = "INVESTIGATOR")
  void a_valid_case_is_registered_and_located() throws Exception {
    UUID id = UUID.randomUUID();
    when(cases.register(any())).thenReturn(id);
    var response =
        mvc.perform(
                post("/api/v1/criminal-cases")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"registrationNumber":"KR-2026-1","registeredOn":"2026-01-10",
                         "origin":"VICTIM_COMPLAINT","articleId":"%s"}"""
                            .formatted(UUID.randomUUID())))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/criminal-cases/" + id);
  }

  @Test
  @WithMockUser(roles = "INVESTIGATOR")
  void only_administrators_add_articles_to_the_criminal_code() throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/articles")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"code":"171-1","titleEn":"x","titleRu":"x","titleKy":"x",
                         "articleClass":"TRAFFICKING"}"""))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
    verify(articles, never()).add(any());
  }

  @Test
  @WithMockUser(roles = "INVESTIGATOR")
  void a_reason_or_a_definition_note_naming_a_number_is_refused_as_it_is_not_sealed()
      throws Exception {
    UUID id = UUID.randomUUID();
    var event =
        mvc.perform(
                post("/api/v1/criminal-cases/" + id + "/events")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"RECLASSIFIED","occurredOn":"2026-01-10",
                         "reason":"the victim's passport AN1234567 was false"}"""))
            .andReturn()
            .getResponse();
    assertThat(event.getStatus()).isEqualTo(400);
    assertThat(event.getContentAsString()).contains("reason").doesNotContain("AN1234567");
    var definition =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/criminal-cases/" + id + "/definition")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"notInternationalDefinition":true,"note":"ask him on +996 555 123 456"}"""))
            .andReturn()
            .getResponse();
    assertThat(definition.getStatus()).isEqualTo(400);
    assertThat(definition.getContentAsString()).contains("note");
    org.mockito.Mockito.verifyNoInteractions(justice.events(), cases);
  }
}
