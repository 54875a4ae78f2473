package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The outreach page on its own: both registers with their exports; a campaign without a name or
 * with a negative reach comes back naming both; the registry's refusal of a campaign that ends
 * before it starts is shown on the end date; nothing is saved in either case.
 */
@WithMockUser(roles = "NATIONAL_COORDINATOR")
class OutreachControllerTests extends RegistryPagesSliceTest {

  @Test
  void both_registers_show_with_their_exports() throws Exception {
    String page = mvc.perform(get("/outreach")).andReturn().getResponse().getContentAsString();
    assertThat(org.koldoo.support.PageIds.repeated(page))
        .as("every field of every form named apart, so each label is its own field's")
        .isEmpty();
    assertThat(page)
        .contains(
            "Awareness campaigns",
            "/outreach/campaigns.csv",
            "Centre for Employment of Citizens Abroad",
            "/outreach/periods.csv");
  }

  @Test
  void a_campaign_without_a_name_or_with_a_negative_reach_comes_back_naming_both()
      throws Exception {
    String page =
        mvc.perform(
                post("/outreach/campaigns")
                    .with(csrf())
                    .param("name", " ")
                    .param("startsOn", "2026-03-01")
                    .param("reach", "-10"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(org.koldoo.support.PageIds.repeated(page))
        .as("every field of every form named apart, so each label is its own field's")
        .isEmpty();
    assertThat(page).contains("id=\"name-error\"", "id=\"reach-error\"");
    verify(outreach, never()).saveCampaign(any(), any());
  }

  @Test
  void a_campaign_ending_before_it_starts_is_refused_on_its_end_date() throws Exception {
    when(outreach.saveCampaign(isNull(), any()))
        .thenThrow(new InvalidInput("endsOn", "case.periodReversed"));
    var answer =
        mvc.perform(
                post("/outreach/campaigns")
                    .with(csrf())
                    .param("name", "Safe migration")
                    .param("startsOn", "2026-03-01")
                    .param("endsOn", "2026-02-01"))
            .andReturn()
            .getResponse();
    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getContentAsString()).contains("id=\"endsOn-error\"");
  }
}
