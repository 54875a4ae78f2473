package org.koldoo.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.koldoo.support.CaseSummaries;
import org.koldoo.victims.VictimCases.ReferralPermission;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral and service pages' own checks, without a database: a referral that breaks the form's
 * rules comes back naming each field and nothing is sent; a case nobody may see is not found, and
 * one the person may not record services for is refused, before anything is written; a referral
 * declined without a reason stays pending; the case's assistance panel comes in place for the case
 * page, and as a page of its own to a browser without JavaScript.
 */
class AssistancePagesTests extends AssistanceSliceTest {

  private static final UUID CASE = UUID.fromString("0a000000-0000-0000-0000-000000000002");
  private static final UUID SHELTER = UUID.fromString("00000000-0000-0000-0000-000000000011");

  private MockHttpServletResponse submit(MockHttpServletRequestBuilder form) throws Exception {
    return mvc.perform(form.with(csrf()).with(memberOf(SHELTER, Role.CASE_WORKER)))
        .andReturn()
        .getResponse();
  }

  private void aCase() {
    when(victims.find(CASE))
        .thenReturn(Optional.of(CaseSummaries.of(CASE, "KG-2026-000124", "P-8R5L", SHELTER)));
    when(victims.referralPermission(CASE)).thenReturn(new ReferralPermission(true, false, null));
  }

  @Test
  void a_referral_breaking_the_form_s_rules_comes_back_naming_each_field_and_none_is_sent()
      throws Exception {
    aCase();
    assertThat(
            formBack(
                post("/cases/" + CASE + "/referral")
                    .with(memberOf(SHELTER, Role.CASE_WORKER))
                    .param("sentOn", "2100-01-01")))
        .contains(errorsOf("toOrganisationId", "serviceType", "sentOn"));
    verify(service, never()).send(any(), any());
  }

  @Test
  void a_case_nobody_may_see_is_not_found_and_a_refused_service_is_refused_before_any_write()
      throws Exception {
    UUID unknown = UUID.randomUUID();
    when(victims.find(unknown)).thenReturn(Optional.empty());
    assertThat(submit(post("/cases/" + unknown + "/referral")).getStatus()).isEqualTo(404);

    aCase();
    doThrow(new AccessDeniedException("not a provider of this case"))
        .when(policy)
        .requireMayRecordService(CASE);
    assertThat(submit(post("/cases/" + CASE + "/service").param("serviceType", "")).getStatus())
        .isEqualTo(403);
    verifyNoInteractions(deliveries);
    verify(service, never()).send(any(), any());
  }

  @Test
  void a_referral_declined_without_a_reason_stays_pending() throws Exception {
    var answer =
        mvc.perform(
                post("/referrals/" + UUID.randomUUID() + "/decline")
                    .with(csrf())
                    .with(memberOf(SHELTER, Role.CASE_WORKER))
                    .param("reason", " "))
            .andReturn();
    assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/referrals");
    assertThat(answer.getFlashMap().get("actionError")).isEqualTo("referral.declineReasonRequired");
    verify(service, never()).decline(any(), any());
  }

  @Test
  void the_panel_comes_in_place_for_htmx_and_as_a_page_of_its_own_without_it() throws Exception {
    aCase();
    when(service.referrals(CASE)).thenReturn(List.of());
    when(deliveries.services(CASE)).thenReturn(List.of());
    var asPart = get("/cases/" + CASE + "/assistance").header("HX-Request", "true");
    String part =
        mvc.perform(asPart.with(memberOf(SHELTER, Role.CASE_WORKER)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(part).contains("id=\"assistance-panel\"").doesNotContain("<html", "<h1");
    var asPage = get("/cases/" + CASE + "/assistance");
    String page =
        mvc.perform(asPage.with(memberOf(SHELTER, Role.CASE_WORKER)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("<html", "<h1", "id=\"assistance-panel\"", "href=\"/cases/" + CASE + "\"");
  }
}
