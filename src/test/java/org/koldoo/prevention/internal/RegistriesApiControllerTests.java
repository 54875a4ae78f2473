package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Page;
import org.koldoo.support.ControllerSliceTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The registries API's own checks, without a database: a write that breaks its form's rules is
 * refused naming the fields before any registry is touched; the endpoints refuse the roles they are
 * not for. (Which of the allowed roles may write a given registry is the registry's rule, tested
 * with it.)
 */
@WebMvcTest(RegistriesApiController.class)
@Import(Registries.class)
class RegistriesApiControllerTests extends ControllerSliceTest {

  // the registries for real (a record), over mocked parts
  @MockitoBean InspectionPeriodTotals inspectionTotals;
  @MockitoBean InspectionRegistry inspections;
  @MockitoBean TrainingRegistry training;
  @MockitoBean OutreachRegistry outreach;
  @MockitoBean CoordinationRegistry coordination;
  @MockitoBean RightsRegistry rights;
  @MockitoBean RegistryStore store;

  /** Every part a write or a read of a registry goes through. */
  private Object[] registries() {
    return new Object[] {inspections, training, outreach, coordination, rights, store};
  }

  private static final String INSPECTION =
      """
      {"inspectedOn":"2026-11-02","inspectingBody":"00000000-0000-0000-0000-000000000001",
       "unannounced":true,"establishment":"Sewing shop","siteType":"FACTORY",
       "workersByNationality":"KG:12, UZ:3"}""";

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void an_inspection_without_its_day_or_place_or_with_workers_not_by_country_is_refused()
      throws Exception {
    var response =
        send(
            "/api/v1/labour-inspections",
            """
            {"inspectingBody":"00000000-0000-0000-0000-000000000001","siteType":"FACTORY",
             "establishment":" ","workersByNationality":"twelve Kyrgyz","note":"%s"}"""
                .formatted("n".repeat(1001)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString())
        .contains("inspectedOn", "establishment", "workersByNationality", "note");
    verifyNoInteractions(registries());
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void an_inspection_in_the_future_is_refused() throws Exception {
    var response =
        send("/api/v1/labour-inspections", INSPECTION.replace("2026-11-02", "2100-01-01"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("inspectedOn");
    verifyNoInteractions(registries());
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void an_inspector_records_an_inspection_and_is_given_its_id() throws Exception {
    UUID id = UUID.randomUUID();
    when(inspections.saveInspection(isNull(), any())).thenReturn(id);
    var response = send("/api/v1/labour-inspections", INSPECTION);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(JsonPath.<String>read(response.getContentAsString(), "$.id"))
        .isEqualTo(id.toString());
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void training_with_a_negative_count_or_no_topic_is_refused() throws Exception {
    var response =
        send(
            "/api/v1/training-events",
            """
            {"heldOn":"2026-10-01","topic":"","organiser":"IOM","format":"IN_PERSON",
             "police":-1,"judges":100001}""");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("topic", "police", "judges");
    verifyNoInteractions(registries());
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void an_action_plan_activity_with_a_long_code_and_no_body_is_refused() throws Exception {
    var response =
        send(
            put("/api/v1/nap-activities/" + UUID.randomUUID()),
            """
            {"code":"%s","title":"Shelter standards","deadline":"2027-06-30",
             "status":"NOT_STARTED","version":0}"""
                .formatted("C".repeat(21)));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("code", "responsibleBody");
    verifyNoInteractions(registries());
  }

  @Test
  @WithMockUser(roles = "NATIONAL_COORDINATOR")
  void support_in_fractions_of_a_tyiyn_or_below_zero_and_harassment_to_come_are_refused()
      throws Exception {
    var support =
        send(
            "/api/v1/ngo-centre-support",
            """
            {"centreId":"00000000-0000-0000-0000-000000000011",
             "funderId":"00000000-0000-0000-0000-000000000001","periodStart":"2026-01-01",
             "periodEnd":"2026-12-31","kind":"MONEY","amountKgs":-0.005}""");
    assertThat(support.getStatus()).isEqualTo(400);
    assertThat(support.getContentAsString()).contains("amountKgs");

    var harassment =
        send(
            "/api/v1/harassment-incidents",
            """
            {"reportedOn":"2100-01-01","target":"NGO","perpetrator":"EMPLOYER",
             "description":"Threats after a complaint"}""");
    assertThat(harassment.getStatus()).isEqualTo(400);
    assertThat(harassment.getContentAsString()).contains("reportedOn");
    verifyNoInteractions(registries());
  }

  @Test
  @WithMockUser(roles = {"CASE_WORKER", "HOTLINE_OPERATOR", "INVESTIGATOR", "AUDITOR"})
  void who_keeps_no_registry_neither_reads_nor_writes_one() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/labour-inspections",
          "/api/v1/training-events",
          "/api/v1/campaigns",
          "/api/v1/nap-activities",
          "/api/v1/ngo-centre-support"
        }) {
      assertThat(statusOf(path)).as(path).isEqualTo(403);
    }
    assertThat(send("/api/v1/labour-inspections", INSPECTION).getStatus()).isEqualTo(403);
    verifyNoInteractions(registries());
    verifyNoInteractions(inspectionTotals);
  }

  @Test
  @WithMockUser(roles = "LABOUR_INSPECTOR")
  void an_inspector_keeps_inspections_only() throws Exception {
    when(store.page(any(), any(), any())).thenReturn(new Page<>(List.of(), 0, 50, 0));
    assertThat(statusOf("/api/v1/labour-inspections")).isEqualTo(200);
    assertThat(statusOf("/api/v1/training-events")).isEqualTo(403);
    assertThat(statusOf("/api/v1/campaigns")).isEqualTo(403);
    assertThat(
            send(
                    "/api/v1/campaigns",
                    """
                    {"name":"Safe migration","startsOn":"2026-03-01"}""")
                .getStatus())
        .isEqualTo(403);
    verify(store).page(any(), any(), any());
    verifyNoMoreInteractions(registries());
  }
}
