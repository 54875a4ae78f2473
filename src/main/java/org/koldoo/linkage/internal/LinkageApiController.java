package org.koldoo.linkage.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/linkage")
@Tag(name = "Linkage", description = "Cross-agency linkage of victim cases (pseudonyms only)")
@PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
class LinkageApiController {

  private final LinkageService service;
  private final LinkageReadModel readModel;

  LinkageApiController(LinkageService service, LinkageReadModel readModel) {
    this.service = service;
    this.readModel = readModel;
  }

  record Decision(@Size(max = 500) String reason) {}

  record Pair(@NotNull UUID caseA, @NotNull UUID caseB, @Size(max = 500) String reason) {}

  record Split(@NotNull UUID caseId, @Size(max = 500) String reason) {}

  @PostMapping("/runs")
  @Operation(summary = "Link every case anew with a fresh key; returns the run's summary")
  LinkageService.RunSummary run() {
    return service.run();
  }

  @GetMapping("/candidates")
  @Operation(summary = "Pairs by status: PENDING (the review queue), AUTO, CONFIRMED, REJECTED")
  List<LinkageReadModel.CandidateRow> candidates(
      @RequestParam(defaultValue = "PENDING") String status) {
    return readModel.candidates(status);
  }

  @PostMapping("/candidates/{id}/confirmation")
  @Operation(summary = "Confirm a probable match")
  ResponseEntity<Void> confirm(
      @PathVariable UUID id, @Valid @RequestBody(required = false) Decision d) {
    service.decide(id, true, d == null ? null : d.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/candidates/{id}/rejection")
  @Operation(summary = "Reject a probable match; the pair is never linked again")
  ResponseEntity<Void> reject(
      @PathVariable UUID id, @Valid @RequestBody(required = false) Decision d) {
    service.decide(id, false, d == null ? null : d.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/persons")
  @Operation(summary = "Persons made of more than one case")
  List<LinkageReadModel.PersonRow> persons() {
    return readModel.persons();
  }

  @PostMapping("/merges")
  @Operation(summary = "Two cases are the same person")
  ResponseEntity<Void> merge(@Valid @RequestBody Pair pair) {
    service.merge(pair.caseA(), pair.caseB(), pair.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/splits")
  @Operation(summary = "Separate a case from the person it was linked into")
  ResponseEntity<Void> split(@Valid @RequestBody Split split) {
    service.split(split.caseId(), split.reason());
    return ResponseEntity.noContent().build();
  }
}
