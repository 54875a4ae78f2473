package org.koldoo.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The referral API's own checks, without a database: a referral or a decline that is incomplete is
 * refused naming each field at fault before any use case runs; a complete referral is located.
 */
class ReferralApiControllerTests extends AssistanceSliceTest {

  private MockHttpServletResponse post(String url, String json) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andReturn()
        .getResponse();
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_referral_without_receiver_service_or_day_is_refused_naming_each() throws Exception {
    var response = post("/api/v1/cases/" + UUID.randomUUID() + "/referrals", "{}");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("toOrganisationId", "serviceType", "sentOn");
    verify(service, never()).send(any(), any());
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_decline_needs_a_reason_of_a_few_letters() throws Exception {
    var response =
        post(
            "/api/v1/referrals/" + UUID.randomUUID() + "/decline",
            """
            {"reason":"no"}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("reason");
    verify(service, never()).decline(any(), anyString());
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_complete_referral_is_sent_and_located() throws Exception {
    UUID caseId = UUID.randomUUID();
    UUID id = UUID.randomUUID();
    when(service.send(any(), any())).thenReturn(id);
    var response =
        post(
            "/api/v1/cases/" + caseId + "/referrals",
            """
            {"toOrganisationId":"%s","serviceType":"SHELTER","sentOn":"2026-01-12"}"""
                .formatted(UUID.randomUUID()));
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/referrals/" + id);
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_service_with_an_unknown_outcome_is_refused_naming_it() throws Exception {
    var response =
        post(
            "/api/v1/cases/" + UUID.randomUUID() + "/services",
            """
            {"serviceType":"SHELTER","startedOn":"2026-01-12","outcome":"SOMETHING"}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("outcome");
    verify(deliveries, never()).recordService(any(), any());
  }
}
