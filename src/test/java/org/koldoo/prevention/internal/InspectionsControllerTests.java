package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
}
