package org.koldoo.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koldoo.audit.AuditRecord;
import org.koldoo.audit.AuditTrail;
import org.koldoo.audit.ChainVerification;
import org.koldoo.platform.web.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail")
@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMINISTRATOR')")
class AuditApiController {

  private final AuditTrail trail;
  private final AuditReadModel readModel;

  AuditApiController(AuditTrail trail, AuditReadModel readModel) {
    this.trail = trail;
    this.readModel = readModel;
  }

  @GetMapping("/verify")
  @Operation(summary = "Recompute the hash chain and name the first broken entry")
  ChainVerification verify() {
    ChainVerification result = trail.verify();
    trail.record(
        AuditRecord.of("AUDIT_CHAIN_VERIFIED", "audit", null)
            .withDetails("valid=" + result.valid() + " entries=" + result.entries()));
    return result;
  }

  @GetMapping("/entries")
  @Operation(summary = "Search entries by user, organisation, object and date, newest first")
  Page<AuditEntry> entries(
      @ModelAttribute AuditSearch search,
      @Parameter(description = "number, actor or action; -x descending")
          @RequestParam(required = false)
          String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return readModel.search(search, sort, Page.request(page, size));
  }
}
