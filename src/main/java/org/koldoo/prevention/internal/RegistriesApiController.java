package org.koldoo.prevention.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.internal.RegistryForms.CampaignForm;
import org.koldoo.prevention.internal.RegistryForms.DemandActionForm;
import org.koldoo.prevention.internal.RegistryForms.HarassmentForm;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.prevention.internal.RegistryForms.MeetingForm;
import org.koldoo.prevention.internal.RegistryForms.MigrationServicesForm;
import org.koldoo.prevention.internal.RegistryForms.NapForm;
import org.koldoo.prevention.internal.RegistryForms.SopForm;
import org.koldoo.prevention.internal.RegistryForms.SupportForm;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The smaller registries over the API: list, create, and change (with the version read). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Prevention and coordination registries")
@PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
class RegistriesApiController {

  private final Registries registries;
  private final InspectionPeriodTotals inspectionTotals;

  RegistriesApiController(Registries registries, InspectionPeriodTotals inspectionTotals) {
    this.registries = registries;
    this.inspectionTotals = inspectionTotals;
  }

  private Map<String, Object> created(UUID id) {
    return Map.of("id", id);
  }

  @GetMapping("/labour-inspections")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST', 'LABOUR_INSPECTOR')")
  @Operation(summary = "Labour inspections, the latest first, one page")
  Page<Map<String, Object>> inspections(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("labour_inspection", "inspected_on desc", page, size);
  }

  /** A page of a registry as the API gives it: names in camelCase, dates as dates. */
  private Page<Map<String, Object>> pageOf(String table, String orderBy, int page, int size) {
    Page<Map<String, Object>> rows = registries.page(table, orderBy, Page.request(page, size));
    return new Page<>(RegistryStore.forApi(rows.items()), rows.number(), rows.size(), rows.total());
  }

  @PostMapping("/labour-inspections")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST', 'LABOUR_INSPECTOR')")
  Map<String, Object> addInspection(@Valid @RequestBody InspectionForm f) {
    return created(registries.inspections().saveInspection(null, f));
  }

  @PutMapping("/labour-inspections/{id}")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST', 'LABOUR_INSPECTOR')")
  Map<String, Object> updateInspection(
      @PathVariable UUID id, @Valid @RequestBody InspectionForm f) {
    return created(registries.inspections().saveInspection(id, f));
  }

  @GetMapping("/labour-inspections/period-totals")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST', 'LABOUR_INSPECTOR')")
  @Operation(
      summary =
          "Inspections counted by period where only totals exist: an inspector's own"
              + " inspectorate's, every inspectorate's for the coordinator and analysts")
  Page<InspectionPeriodTotals.Kept> inspectionTotals(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return inspectionTotals.page(Page.request(page, size));
  }

  @PostMapping("/labour-inspections/period-totals")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'LABOUR_INSPECTOR')")
  @Operation(
      summary =
          "Record an inspectorate's inspections over a period (a quarter, say); the same period"
              + " again replaces the numbers. The report uses a total only where that inspectorate"
              + " recorded no single inspection in its period")
  Map<String, Object> recordInspectionTotal(
      @Valid @RequestBody InspectionPeriodTotals.InspectionTotal total) {
    return created(inspectionTotals.record(total));
  }

  @GetMapping("/training-events")
  @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
  @Operation(summary = "Training events with participants by profession")
  Page<Map<String, Object>> training(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("training_event", "held_on desc", page, size);
  }

  @PostMapping("/training-events")
  Map<String, Object> addTraining(@Valid @RequestBody TrainingForm f) {
    return created(registries.training().saveTraining(null, f));
  }

  @PutMapping("/training-events/{id}")
  Map<String, Object> updateTraining(@PathVariable UUID id, @Valid @RequestBody TrainingForm f) {
    return created(registries.training().saveTraining(id, f));
  }

  @GetMapping("/campaigns")
  Page<Map<String, Object>> campaigns(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("awareness_campaign", "starts_on desc", page, size);
  }

  @PostMapping("/campaigns")
  Map<String, Object> addCampaign(@Valid @RequestBody CampaignForm f) {
    return created(registries.outreach().saveCampaign(null, f));
  }

  @PutMapping("/campaigns/{id}")
  Map<String, Object> updateCampaign(@PathVariable UUID id, @Valid @RequestBody CampaignForm f) {
    return created(registries.outreach().saveCampaign(id, f));
  }

  @GetMapping("/migration-services")
  @Operation(summary = "Counts of the Centre for Employment of Citizens Abroad per period")
  Page<Map<String, Object>> migrationServices(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("migration_service_period", "period_start desc", page, size);
  }

  @PostMapping("/migration-services")
  Map<String, Object> addMigrationServices(@Valid @RequestBody MigrationServicesForm f) {
    return created(registries.outreach().saveMigrationServices(null, f));
  }

  @PutMapping("/migration-services/{id}")
  Map<String, Object> updateMigrationServices(
      @PathVariable UUID id, @Valid @RequestBody MigrationServicesForm f) {
    return created(registries.outreach().saveMigrationServices(id, f));
  }

  @GetMapping("/sop-adoptions")
  Page<Map<String, Object>> sops(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("sop_adoption", "reached_on desc", page, size);
  }

  @PostMapping("/sop-adoptions")
  Map<String, Object> addSop(@Valid @RequestBody SopForm f) {
    return created(registries.coordination().saveSop(null, f));
  }

  @PutMapping("/sop-adoptions/{id}")
  Map<String, Object> updateSop(@PathVariable UUID id, @Valid @RequestBody SopForm f) {
    return created(registries.coordination().saveSop(id, f));
  }

  @GetMapping("/working-group-meetings")
  Page<Map<String, Object>> meetings(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("working_group_meeting", "held_on desc", page, size);
  }

  @PostMapping("/working-group-meetings")
  Map<String, Object> addMeeting(@Valid @RequestBody MeetingForm f) {
    return created(registries.coordination().saveMeeting(null, f));
  }

  @PutMapping("/working-group-meetings/{id}")
  Map<String, Object> updateMeeting(@PathVariable UUID id, @Valid @RequestBody MeetingForm f) {
    return created(registries.coordination().saveMeeting(id, f));
  }

  @GetMapping("/nap-activities")
  @Operation(summary = "National Action Plan activities, each with whether it is overdue")
  Page<Map<String, Object>> activities(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    Page<Map<String, Object>> rows =
        registries.page("nap_activity", "deadline, code", Page.request(page, size));
    return new Page<>(
        rows.items().stream()
            .map(
                a -> {
                  Map<String, Object> row = RegistryStore.camelCase(a);
                  row.put("overdue", registries.coordination().overdue(a));
                  return row;
                })
            .toList(),
        rows.number(),
        rows.size(),
        rows.total());
  }

  @PostMapping("/nap-activities")
  Map<String, Object> addActivity(@Valid @RequestBody NapForm f) {
    return created(registries.coordination().saveNap(null, f));
  }

  @PutMapping("/nap-activities/{id}")
  Map<String, Object> updateActivity(@PathVariable UUID id, @Valid @RequestBody NapForm f) {
    return created(registries.coordination().saveNap(id, f));
  }

  @GetMapping("/ngo-centre-support")
  @Operation(summary = "Government support to NGO crisis centres, money or in kind, per period")
  Page<Map<String, Object>> support(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("ngo_centre_support", "period_start desc", page, size);
  }

  @PostMapping("/ngo-centre-support")
  Map<String, Object> addSupport(@Valid @RequestBody SupportForm f) {
    return created(registries.rights().saveSupport(null, f));
  }

  @PutMapping("/ngo-centre-support/{id}")
  Map<String, Object> updateSupport(@PathVariable UUID id, @Valid @RequestBody SupportForm f) {
    return created(registries.rights().saveSupport(id, f));
  }

  @GetMapping("/demand-reduction-actions")
  @Operation(summary = "Actions to reduce the demand for commercial sex")
  Page<Map<String, Object>> demandActions(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("demand_reduction_action", "held_on desc", page, size);
  }

  @PostMapping("/demand-reduction-actions")
  Map<String, Object> addDemandAction(@Valid @RequestBody DemandActionForm f) {
    return created(registries.rights().saveDemandAction(null, f));
  }

  @PutMapping("/demand-reduction-actions/{id}")
  Map<String, Object> updateDemandAction(
      @PathVariable UUID id, @Valid @RequestBody DemandActionForm f) {
    return created(registries.rights().saveDemandAction(id, f));
  }

  @GetMapping("/harassment-incidents")
  @Operation(summary = "Incidents of harassment of labour unions, NGOs or workers who complained")
  Page<Map<String, Object>> harassment(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return pageOf("harassment_incident", "reported_on desc", page, size);
  }

  @PostMapping("/harassment-incidents")
  Map<String, Object> addHarassment(@Valid @RequestBody HarassmentForm f) {
    return created(registries.rights().saveHarassment(null, f));
  }

  @PutMapping("/harassment-incidents/{id}")
  Map<String, Object> updateHarassment(
      @PathVariable UUID id, @Valid @RequestBody HarassmentForm f) {
    return created(registries.rights().saveHarassment(id, f));
  }
}
