package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The rights page on its own: its three registers each with its heading, export, empty state or
 * table; the forms only for who keeps the registers; a support entry without its centre comes back
 * naming it, with nothing saved.
 */
class RightsControllerTests extends RegistryPagesSliceTest {

  private static final UUID CENTRE = UUID.randomUUID();
  private static final UUID FUNDER = UUID.randomUUID();

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void each_register_has_its_heading_export_and_empty_state_and_the_keeper_its_forms()
      throws Exception {
    String page = mvc.perform(get("/rights")).andReturn().getResponse().getContentAsString();
    assertThat(org.koldoo.support.PageIds.repeated(page))
        .as("every field of every form named apart, so each label is its own field's")
        .isEmpty();
    assertThat(page)
        .contains(
            "Government support to NGO crisis centres",
            "/rights/support.csv",
            "/rights/demand.csv",
            "/rights/harassment.csv",
            "id=\"support-form\"",
            "id=\"demand-form\"",
            "id=\"harassment-form\"");
    assertThat(page.split("Nothing found\\.", -1)).hasSize(4);
    assertThat(page)
        .as("each export link is named for its register, not only \"Export CSV\" three times")
        .containsPattern(
            "(?s)href=\"/rights/support.csv\"><span>[^<]+</span><span class=\"visually-hidden\">"
                + " — Government support to NGO crisis centres</span>");
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void an_analyst_reads_the_registers_without_their_forms_or_edit_links() throws Exception {
    when(store.page(eq("ngo_centre_support"), any(), any()))
        .thenReturn(new Page<>(List.of(support()), 0, 25, 1));
    when(organisations.codes()).thenReturn(Map.of(CENTRE, "CC-OSH", FUNDER, "MLSP"));
    String page = mvc.perform(get("/rights")).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("id=\"supports\"", "NGO crisis centre", "CC-OSH", "MLSP", "Shelter rent")
        .doesNotContain("id=\"support-form\"", "editSupport=");
    // the actions column is named for screen readers
    assertThat(page).contains("<span class=\"visually-hidden\">Actions</span>");
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void support_without_its_centre_comes_back_naming_it_and_nothing_is_saved() throws Exception {
    String page =
        mvc.perform(
                post("/rights/support")
                    .with(csrf())
                    .param("funderId", FUNDER.toString())
                    .param("periodStart", "2026-01-01")
                    .param("periodEnd", "2026-12-31")
                    .param("kind", "MONEY")
                    .param("amountKgs", "-1"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"centreId-error\"", "id=\"amountKgs-error\"");
    verify(rights, never()).saveSupport(any(), any());
  }

  private static Map<String, Object> support() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", UUID.randomUUID());
    row.put("centre_id", CENTRE);
    row.put("funder_id", FUNDER);
    row.put("period_start", LocalDate.of(2026, 1, 1));
    row.put("period_end", LocalDate.of(2026, 12, 31));
    row.put("kind", "MONEY");
    row.put("amount_kgs", new BigDecimal("250000.00"));
    row.put("description", "Shelter rent");
    return row;
  }
}
