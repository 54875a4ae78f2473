package org.koldoo.assistance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.DeclineForm;
import org.koldoo.assistance.internal.AssistanceForms.ReferralForm;
import org.koldoo.assistance.internal.AssistanceForms.ServiceForm;
import org.koldoo.assistance.internal.AssistanceViews.ReferralRow;
import org.koldoo.assistance.internal.AssistanceViews.ServiceRow;
import org.koldoo.platform.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referrals and services", description = "Referrals between organisations; services")
class ReferralApiController {

  private final AssistanceService service;
  private final ReferralInbox inbox;
  private final ServiceDeliveries deliveries;

  ReferralApiController(
      AssistanceService service, ServiceDeliveries deliveries, ReferralInbox inbox) {
    this.inbox = inbox;
    this.service = service;
    this.deliveries = deliveries;
  }

  @PostMapping("/api/v1/cases/{caseId}/referrals")
  @Operation(summary = "Refer the case to another organisation for a service")
  ResponseEntity<Map<String, UUID>> refer(
      @PathVariable UUID caseId, @Valid @RequestBody ReferralForm form) {
    UUID id = service.send(caseId, form);
    return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(Map.of("id", id));
  }

  @GetMapping("/api/v1/cases/{caseId}/referrals")
  @Operation(summary = "The case's referrals")
  List<ReferralRow> caseReferrals(@PathVariable UUID caseId) {
    return service.referrals(caseId);
  }

  @GetMapping("/api/v1/referrals")
  @Operation(
      summary =
          "Referrals received by (incoming=true) or sent from your organisation, one page;"
              + " narrowed by status, the organisation on the other side, service and child;"
              + " sort=sentOn|status|service|respondedOn, '-' before it for descending")
  Page<ReferralRow> inbox(
      @RequestParam(defaultValue = "true") boolean incoming,
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) UUID organisationId,
      @RequestParam(required = false) ServiceType serviceType,
      @RequestParam(required = false) Boolean child,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return inbox.page(
        incoming,
        new ReferralInbox.InboxFilter(status, organisationId, serviceType, child),
        sort,
        Page.request(page, size));
  }

  @PostMapping("/api/v1/referrals/{id}/acceptance")
  @Operation(summary = "Accept a referral sent to your organisation")
  ResponseEntity<Void> accept(@PathVariable UUID id) {
    service.accept(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/referrals/{id}/decline")
  @Operation(summary = "Decline a referral sent to your organisation, with a reason")
  ResponseEntity<Void> decline(@PathVariable UUID id, @Valid @RequestBody DeclineForm form) {
    service.decline(id, form.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/cases/{caseId}/services")
  @Operation(summary = "Record a service your organisation delivers")
  ResponseEntity<Map<String, UUID>> recordService(
      @PathVariable UUID caseId, @Valid @RequestBody ServiceForm form) {
    UUID id = deliveries.recordService(caseId, form);
    return ResponseEntity.status(201).body(Map.of("id", id));
  }

  @GetMapping("/api/v1/cases/{caseId}/services")
  @Operation(summary = "The case's services; notes only for those allowed (never law enforcement)")
  List<ServiceRow> services(@PathVariable UUID caseId) {
    return deliveries.services(caseId);
  }
}
