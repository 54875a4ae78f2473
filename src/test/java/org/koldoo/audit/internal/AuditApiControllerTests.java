package org.koldoo.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.web.Page;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The audit API's and screen's own checks, without a database: only auditors and administrators
 * search or verify the trail, a search by a day that is no date is refused, a page asks for no more
 * entries than a page holds, and a verification is itself written to the trail.
 */
@WebMvcTest({AuditApiController.class, AuditController.class})
class AuditApiControllerTests extends ControllerSliceTest {

  @MockitoBean AuditTrail trail;
  @MockitoBean AuditReadModel readModel;

  @Test
  @WithMockUser(roles = "AUDITOR")
  void a_verification_answers_the_chain_s_state_and_is_itself_recorded() throws Exception {
    when(trail.verify()).thenReturn(new ChainVerification(false, 120, 57L, 3));
    var response = mvc.perform(get("/api/v1/audit/verify")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.firstBrokenEntry"))
        .isEqualTo(57);
    verify(trail)
        .record(
            argThat(
                r ->
                    r.action().equals("AUDIT_CHAIN_VERIFIED")
                        && r.details().equals("valid=false entries=120")));
  }

  @Test
  @WithMockUser(roles = "SYSTEM_ADMINISTRATOR")
  void entries_are_searched_by_day_and_a_day_that_is_no_date_is_refused() throws Exception {
    when(readModel.search(any(), eq(null), any())).thenReturn(new Page<>(List.of(), 0, 50, 0));
    assertThat(statusOf("/api/v1/audit/entries?from=2026-11-01&to=2026-11-30&actor=a.b"))
        .isEqualTo(200);
    verify(readModel)
        .search(
            argThat(s -> s.from().toString().equals("2026-11-01") && "a.b".equals(s.actor())),
            eq(null),
            any());

    assertThat(statusOf("/api/v1/audit/entries?from=1.11.2026")).isEqualTo(400);
  }

  @Test
  @WithMockUser(
      roles = {"NATIONAL_COORDINATOR", "ANALYST", "CASE_WORKER", "INVESTIGATOR", "PROSECUTOR"})
  void nobody_else_reads_or_verifies_the_trail() throws Exception {
    assertThat(statusOf("/api/v1/audit/entries")).isEqualTo(403);
    assertThat(statusOf("/api/v1/audit/verify")).isEqualTo(403);
    verifyNoInteractions(trail, readModel);
  }

  @Test
  @WithMockUser(roles = "AUDITOR")
  void the_screen_searches_by_day_and_actor_asks_no_more_than_a_page_and_refuses_a_non_date()
      throws Exception {
    when(readModel.search(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 50, 0));
    assertThat(statusOf("/audit?from=2026-11-01&actor=a.b&size=1000000")).isEqualTo(200);
    verify(readModel)
        .search(
            argThat(s -> s.from().toString().equals("2026-11-01") && "a.b".equals(s.actor())),
            eq(null),
            argThat(p -> p.getPageSize() <= Page.MAX_SIZE));
    assertThat(statusOf("/audit?from=1.11.2026")).isEqualTo(400);
  }

  @Test
  @WithMockUser(roles = "AUDITOR")
  void a_verification_from_the_screen_is_recorded_and_shown_after_the_redirect() throws Exception {
    when(trail.verify()).thenReturn(new ChainVerification(true, 40, null, 0));
    var answer = mvc.perform(post("/audit/verify").with(csrf())).andReturn();
    assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/audit");
    assertThat(answer.getFlashMap().get("verification"))
        .isEqualTo(new ChainVerification(true, 40, null, 0));
    verify(trail)
        .record(
            argThat(
                r ->
                    r.action().equals("AUDIT_CHAIN_VERIFIED")
                        && r.details().equals("valid=true entries=40")));
  }
}
