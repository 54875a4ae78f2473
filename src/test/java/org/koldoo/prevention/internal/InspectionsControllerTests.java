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

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The inspections page on its own: the form's own rules, a refusal of the registry's rules shown on
 * the field it concerns, and a refusal of who may record answered as such, nothing saved.
 */
@WithMockUser(roles = "LABOUR_INSPECTOR")
class InspectionsControllerTests extends RegistryPagesSliceTest {

  private static final String BODY = "00000000-0000-0000-0000-000000000001";

  @BeforeEach
  void noPeriodTotals() {
    when(inspectionTotals.page(any())).thenReturn(new Page<>(List.of(), 0, 12, 0));
  }

  @Test
  void workers_written_as_prose_and_no_establishment_come_back_naming_both() throws Exception {
    var page = submit(inspection("", "forty Chinese and twelve Kyrgyz"));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("id=\"establishment-error\"", "id=\"workersByNationality-error\"");
    verify(inspections, never()).saveInspection(any(), any());
  }

  @Test
  void a_rule_of_the_registry_broken_is_shown_on_its_field() throws Exception {
    when(inspections.saveInspection(isNull(), any()))
        .thenThrow(new InvalidInput("criminalCaseNumber", "inspection.caseWithoutReferral"));
    var page = submit(inspection().param("criminalCaseNumber", "AM-2026-77"));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("id=\"criminalCaseNumber-error\"", "A criminal case follows only a referral");
  }

  @Test
  void another_inspectorate_s_inspection_is_refused_as_such() throws Exception {
    when(inspections.saveInspection(isNull(), any()))
        .thenThrow(new AccessDeniedException("an inspectorate records its own inspections"));
    assertThat(submit(inspection()).getStatus()).isEqualTo(403);
  }

  @Test
  void a_good_inspection_is_saved() throws Exception {
    when(inspections.saveInspection(isNull(), any())).thenReturn(UUID.randomUUID());
    var answer = submit(inspection());
    assertThat(answer.getStatus()).isEqualTo(302);
    assertThat(answer.getRedirectedUrl()).isEqualTo("/inspections");
  }

  /** The form as a browser sends it: an unticked box is known by its marker field alone. */
  private static MockHttpServletRequestBuilder inspection() {
    return inspection("Sewing shop", "KG:12, UZ:3");
  }

  private static MockHttpServletRequestBuilder inspection(String establishment, String workers) {
    return post("/inspections")
        .param("inspectedOn", "2026-11-02")
        .param("inspectingBody", BODY)
        .param("unannounced", "true")
        .param("_unannounced", "on")
        .param("_referredToPolice", "on")
        .param("establishment", establishment)
        .param("siteType", "FACTORY")
        .param("workersByNationality", workers);
  }

  private MockHttpServletResponse submit(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf())).andReturn().getResponse();
  }

  @Test
  void an_inspector_is_offered_the_form_but_no_edit_of_another_inspectorate_s_inspection()
      throws Exception {
    listedInspection();
    String page = mvc.perform(get("/inspections")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"inspection-form\"", "Bazar textile").doesNotContain("edit=");
  }

  @Test
  @WithMockUser(roles = "ANALYST")
  void an_analyst_reads_the_inspections_without_form_or_edit_links() throws Exception {
    listedInspection();
    String page = mvc.perform(get("/inspections")).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains(
            "Bazar textile",
            "Textiles and garments",
            "Osh city",
            "CN:40, KG:12",
            "Deception",
            "Debt bondage",
            "Passports kept in the office safe")
        .doesNotContain("id=\"inspection-form\"", "edit=");
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void the_coordinator_may_edit_any_inspectorate_s_inspection() throws Exception {
    listedInspection();
    String page = mvc.perform(get("/inspections")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"inspection-form\"", "/inspections?edit=");
  }

  @Test
  void another_inspectorate_s_inspection_is_not_opened_for_editing_by_its_address()
      throws Exception {
    UUID id = UUID.randomUUID();
    when(inspections.inspectionForm(id))
        .thenReturn(
            new RegistryForms.InspectionForm(
                java.time.LocalDate.of(2026, 9, 14),
                UUID.fromString(BODY),
                true,
                "Bazar textile",
                null,
                null,
                org.koldoo.prevention.SiteType.FACTORY,
                null,
                java.util.Set.of(),
                false,
                null,
                null,
                0));
    String page =
        mvc.perform(get("/inspections").param("edit", id.toString()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"inspection-form\"", "action=\"/inspections\"")
        .doesNotContain("value=\"Bazar textile\"", "/inspections/" + id);
  }

  private void listedInspection() {
    java.util.Map<String, Object> row = new java.util.HashMap<>();
    row.put("id", UUID.randomUUID());
    row.put("inspected_on", java.time.LocalDate.of(2026, 9, 14));
    row.put("inspecting_body", UUID.fromString(BODY));
    row.put("establishment", "Bazar textile");
    row.put("site_type", "FACTORY");
    row.put("unannounced", true);
    row.put("referred_to_police", false);
    row.put("sector", "TEXTILES_AND_GARMENTS");
    row.put("region", "OSH_CITY");
    row.put("workers_by_nationality", "CN:40, KG:12");
    row.put("indicators", "ILO_DECEPTION,ILO_DEBT_BONDAGE");
    row.put("note", "Passports kept in the office safe");
    when(store.page(org.mockito.ArgumentMatchers.eq("labour_inspection"), any(), any()))
        .thenReturn(new Page<>(List.of(row), 0, 25, 1));
  }
}
