package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The hotline and agency API's own checks, without a database: each write refuses a body that
 * breaks the form's rules, naming the fields, before any use case runs; each endpoint refuses the
 * roles it is not for.
 */
class PreventionApiControllerTests extends HotlineAgenciesSliceTest {

  private static final String CALL =
      """
      {"receivedAt":"2026-11-30T10:15:00","channel":"PHONE","callerType":"JOB_SEEKER",
       "language":"ky","topics":["SAFE_MIGRATION"],"traffickingRelated":false,
       "outcome":"INFORMATION_GIVEN"}""";

  @Test
  @WithMockUser(roles = "HOTLINE_OPERATOR")
  void a_call_without_time_channel_or_topic_is_refused_naming_each_field() throws Exception {
    var response =
        send(
            post("/api/v1/hotline/calls"),
            """
            {"callerType":"JOB_SEEKER","language":"ky","topics":[],
             "outcome":"INFORMATION_GIVEN","note":"%s"}"""
                .formatted("x".repeat(1001)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("receivedAt", "channel", "topics", "note");
    verifyNoInteractions(hotline);
  }

  @Test
  @WithMockUser(roles = "HOTLINE_OPERATOR")
  void an_unknown_language_or_a_country_that_is_no_code_is_refused() throws Exception {
    var response =
        send(
            post("/api/v1/hotline/calls"),
            CALL.replace("\"ky\"", "\"klingon\"")
                .replace("\"language\"", "\"country\":\"RUS\",\"language\""));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("language", "country");
    verifyNoInteractions(hotline);
  }

  @Test
  @WithMockUser(roles = "HOTLINE_OPERATOR")
  void a_note_holding_a_telephone_number_is_refused_as_it_is_not_sealed() throws Exception {
    var response =
        send(
            post("/api/v1/hotline/calls"),
            CALL.replace(
                "\"traffickingRelated\"",
                "\"note\":\"sister in Moscow, call +996 555 123 456\",\"traffickingRelated\""));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("note", "Must not hold a telephone number")
        .doesNotContain("555 123 456");
    verifyNoInteractions(hotline);
  }

  @Test
  @WithMockUser(roles = "HOTLINE_OPERATOR")
  void a_valid_call_is_logged_and_located() throws Exception {
    UUID id = UUID.randomUUID();
    when(hotline.log(any())).thenReturn(id);
    var response = send(post("/api/v1/hotline/calls"), CALL);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/hotline/calls/" + id);
  }

  @Test
  @WithMockUser(roles = {"LABOUR_INSPECTOR", "ANALYST", "NATIONAL_COORDINATOR", "CASE_WORKER"})
  void only_hotline_operators_log_or_correct_calls() throws Exception {
    assertThat(send(post("/api/v1/hotline/calls"), CALL).getStatus()).isEqualTo(403);
    assertThat(send(put("/api/v1/hotline/calls/" + UUID.randomUUID()), CALL).getStatus())
        .isEqualTo(403);
    verifyNoInteractions(hotline);
  }

  @Test
  @WithMockUser(roles = "CASE_WORKER")
  void a_case_worker_reads_neither_calls_nor_agencies() throws Exception {
    assertThat(statusOf("/api/v1/hotline/calls")).isEqualTo(403);
    assertThat(statusOf("/api/v1/agencies")).isEqualTo(403);
    verifyNoInteractions(calls, agencyList);
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void a_licence_without_number_or_with_a_long_holder_is_refused() throws Exception {
    var response =
        send(
            post("/api/v1/agencies"),
            """
            {"holder":"%s","validFrom":"2026-01-01","validTo":"2027-01-01","status":"VALID",
             "destinationCountries":["RUS"]}"""
                .formatted("h".repeat(201)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("licenceNumber", "holder");
    verify(agencies, never()).add(any());
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void an_analyst_reads_licences_but_registers_none() throws Exception {
    var response =
        send(
            post("/api/v1/agencies"),
            """
            {"licenceNumber":"L-1","holder":"Holder","validFrom":"2026-01-01",
             "validTo":"2027-01-01","status":"VALID"}""");
    assertThat(response.getStatus()).isEqualTo(403);
    verify(agencies, never()).add(any());
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void a_report_from_the_future_or_with_a_negative_fee_is_refused() throws Exception {
    var response =
        send(
            post("/api/v1/agencies/" + UUID.randomUUID() + "/reports"),
            """
            {"kind":"COMPLAINT","receivedOn":"2100-01-01","feeKgs":-5}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("receivedOn", "feeKgs");
    verify(agencies, never()).report(any(), any());
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void a_complaint_naming_the_worker_s_telephone_is_refused_as_it_is_not_sealed() throws Exception {
    var response =
        send(
            post("/api/v1/agencies/" + UUID.randomUUID() + "/reports"),
            """
            {"kind":"COMPLAINT","receivedOn":"2026-01-10",
             "description":"Paid 30000 som for a job in Kazan; reach her on 0555 123 456"}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("description").doesNotContain("555 123 456");
    verify(agencies, never()).report(any(), any());
  }
}
