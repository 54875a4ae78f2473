package org.koldoo.prevention.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.internal.AgencyForms.AgencyForm;
import org.koldoo.prevention.internal.AgencyForms.ReportForm;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Prevention", description = "Hotline calls and the employment-agency registry")
class PreventionApiController {

  private final HotlineService hotline;
  private final CallSearch calls;
  private final AgencyRegistry agencies;
  private final AgencyList agencyList;

  private final HotlinePeriodTotals totals;

  PreventionApiController(
      HotlineService hotline,
      CallSearch calls,
      AgencyRegistry agencies,
      AgencyList agencyList,
      HotlinePeriodTotals totals) {
    this.totals = totals;
    this.hotline = hotline;
    this.calls = calls;
    this.agencies = agencies;
    this.agencyList = agencyList;
  }

  record CaseLink(@NotBlank String pseudonym) {}

  @GetMapping("/hotline/calls")
  @PreAuthorize("hasAnyRole('HOTLINE_OPERATOR', 'NATIONAL_COORDINATOR', 'ANALYST')")
  @Operation(
      summary =
          "Hotline calls, newest first unless sort=receivedAt|channel|outcome|region ('-' for"
              + " descending); narrowed by days, trafficking, topic, outcome, region, operator")
  Page<Call> calls(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Boolean trafficking,
      @RequestParam(required = false) CallTopic topic,
      @RequestParam(required = false) CallOutcome outcome,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) @Size(max = 64) String operator,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return calls.search(
        new CallSearch.CallFilter(from, to, trafficking, topic, outcome, region, operator),
        sort,
        Page.request(page, size));
  }

  @PostMapping("/hotline/calls")
  @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
  @Operation(summary = "Log a call (receivedAt in Bishkek time)")
  ResponseEntity<Call> log(@Valid @RequestBody HotlineForm form) {
    UUID id = hotline.log(form);
    return ResponseEntity.created(URI.create("/api/v1/hotline/calls/" + id)).body(hotline.view(id));
  }

  @PutMapping("/hotline/calls/{id}")
  @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
  @Operation(summary = "Correct a logged call; send the version you read (409 if stale)")
  Call correct(@PathVariable UUID id, @Valid @RequestBody HotlineForm form) {
    hotline.correct(id, form);
    return hotline.view(id);
  }

  @PostMapping("/hotline/calls/{id}/case")
  @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
  @Operation(summary = "The call started a screening: link the NRM case by its pseudonym")
  Call link(@PathVariable UUID id, @Valid @RequestBody CaseLink link) {
    hotline.linkCase(id, link.pseudonym());
    return hotline.view(id);
  }

  @GetMapping("/hotline/period-totals")
  @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
  @Operation(summary = "The caller's hotline's calls counted by period (where only totals exist)")
  Page<HotlinePeriodTotals.Kept> periodTotals(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return totals.page(Page.request(page, size));
  }

  @PostMapping("/hotline/period-totals")
  @PreAuthorize("hasRole('HOTLINE_OPERATOR')")
  @Operation(
      summary =
          "Record calls on one topic over a period; the same period and topic again replaces the"
              + " number. The report uses a total only where no single call of the hotline is"
              + " recorded in its period")
  Map<String, UUID> recordPeriodTotal(@Valid @RequestBody HotlinePeriodTotals.PeriodTotal total) {
    return Map.of("id", totals.record(total));
  }

  @GetMapping("/agencies")
  @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR', 'NATIONAL_COORDINATOR', 'ANALYST')")
  @Operation(summary = "Licensed private employment agencies, found by licence number or holder")
  Page<AgencyRegistry.Agency> agencies(
      @RequestParam(required = false) String q,
      @Parameter(description = "licence, holder, validTo or status; -x descending")
          @RequestParam(required = false)
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return agencyList.page(q, sort, Page.request(page, size));
  }

  @PostMapping("/agencies")
  @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR', 'NATIONAL_COORDINATOR')")
  @Operation(summary = "Register a licence")
  ResponseEntity<AgencyRegistry.Agency> add(@Valid @RequestBody AgencyForm form) {
    UUID id = agencies.add(form);
    return ResponseEntity.created(URI.create("/api/v1/agencies/" + id)).body(agencies.get(id));
  }

  @PutMapping("/agencies/{id}")
  @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR', 'NATIONAL_COORDINATOR')")
  @Operation(summary = "Change a licence; send the version you read (409 if stale)")
  AgencyRegistry.Agency update(@PathVariable UUID id, @Valid @RequestBody AgencyForm form) {
    agencies.update(id, form);
    return agencies.get(id);
  }

  @GetMapping("/agencies/{id}/reports")
  @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR', 'NATIONAL_COORDINATOR', 'ANALYST')")
  @Operation(summary = "Complaints and fee reports; fees above the pre-departure cap are flagged")
  List<AgencyRegistry.Report> reports(@PathVariable UUID id) {
    agencies.get(id);
    return agencies.reports(id);
  }

  @PostMapping("/agencies/{id}/reports")
  @PreAuthorize("hasAnyRole('LABOUR_INSPECTOR', 'NATIONAL_COORDINATOR')")
  @Operation(summary = "Record a worker's complaint or fee report")
  Map<String, UUID> report(@PathVariable UUID id, @Valid @RequestBody ReportForm form) {
    return Map.of("id", agencies.report(id, form));
  }
}
