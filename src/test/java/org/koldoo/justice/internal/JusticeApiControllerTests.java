package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The justice API's own checks, without a database: a malformed body is refused with the field at
 * fault before any use case runs, and an endpoint for administrators only refuses everyone else.
 */
@WebMvcTest(JusticeApiController.class)
@Import(JusticeApiControllerTests.UseCases.class)
class JusticeApiControllerTests extends ControllerSliceTest {

  /** The module's use cases as the controller receives them, each a mock. */
  @TestConfiguration(proxyBeanMethods = false)
  static class UseCases {
    @Bean
    Justice justice(CriminalCaseService cases) {
      return new Justice(
          cases,
          mock(CriminalCaseRecords.class),
          mock(CaseEvents.class),
          mock(DefendantService.class),
          mock(CaseBodies.class),
          mock(EnforcementOperations.class),
          mock(JusticePolicy.class));
    }
  }

  @MockitoBean JusticeRegister register;
  @MockitoBean ArticleCatalogue articles;
  @MockitoBean CriminalCaseService cases;

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
}
