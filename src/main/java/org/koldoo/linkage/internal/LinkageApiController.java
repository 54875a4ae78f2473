package org.koldoo.linkage.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.koldoo.platform.web.NoIdentifiers;
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

  /** Case workers review the pairs of which they may see both identities. */
  static final String REVIEWERS = "hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST', 'CASE_WORKER')";

  private final LinkageRuns runs;
  private final LinkageDecisions decisions;
  private final LinkageReadModel readModel;

  LinkageApiController(LinkageRuns runs, LinkageDecisions decisions, LinkageReadModel readModel) {
    this.runs = runs;
    this.decisions = decisions;
    this.readModel = readModel;
  }

  record Decision(@Size(max = 500) @NoIdentifiers String reason) {}

  record Pair(
      @NotNull UUID caseA, @NotNull UUID caseB, @Size(max = 500) @NoIdentifiers String reason) {}

  record Split(@NotNull UUID caseId, @Size(max = 500) @NoIdentifiers String reason) {}

  @PostMapping("/runs")
  @Operation(
      summary =
          "Link every case anew with a fresh key; returns what the run did: records, comparisons,"
              + " candidates, automatic links, pairs sent to review, persons created, changed and"
              + " dissolved")
  LinkageRuns.RunSummary run() {
    return runs.run();
  }

  /** The statuses a candidate can have. */
  enum Status {
    PENDING,
    AUTO,
    CONFIRMED,
    REJECTED,
    SUPERSEDED
  }

  @PreAuthorize(REVIEWERS)
  @GetMapping("/candidates")
  @Operation(
      summary =
          "Pairs by status, the most probable first, 50 a page: PENDING (the review queue), AUTO,"
              + " CONFIRMED, REJECTED, SUPERSEDED; each with every field's outcome and the reasons"
              + " it was not linked automatically. A case worker gets only the pending pairs of"
              + " which they may see both identities, with both identities (audited reads)")
  LinkageReadModel.CandidatePage candidates(
      @RequestParam(defaultValue = "PENDING") Status status,
      @RequestParam(defaultValue = "0")
          @jakarta.validation.constraints.Min(0)
          @jakarta.validation.constraints.Max(100000)
          int page) {
    return readModel.candidates(status.name(), page);
  }

  record Bulk(
      @NotNull @Size(min = 1, max = 200) List<@NotNull UUID> candidates,
      @NotNull Boolean linked,
      @Size(max = 500) @NoIdentifiers String reason) {}

  @PreAuthorize(REVIEWERS)
  @PostMapping("/decisions")
  @Operation(
      summary =
          "Confirm (linked=true) or reject many pending pairs at once; all or none are recorded")
  ResponseEntity<java.util.Map<String, Integer>> decideAll(@Valid @RequestBody Bulk bulk) {
    int decided = decisions.decideAll(bulk.candidates(), bulk.linked(), bulk.reason());
    return ResponseEntity.ok(java.util.Map.of("decided", decided));
  }

  @PreAuthorize(REVIEWERS)
  @PostMapping("/candidates/{id}/confirmation")
  @Operation(summary = "Confirm a probable match")
  ResponseEntity<Void> confirm(
      @PathVariable UUID id, @Valid @RequestBody(required = false) Decision d) {
    decisions.decide(id, true, d == null ? null : d.reason());
    return ResponseEntity.noContent().build();
  }

  @PreAuthorize(REVIEWERS)
  @PostMapping("/candidates/{id}/rejection")
  @Operation(summary = "Reject a probable match; the pair is never linked again")
  ResponseEntity<Void> reject(
      @PathVariable UUID id, @Valid @RequestBody(required = false) Decision d) {
    decisions.decide(id, false, d == null ? null : d.reason());
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
    decisions.merge(pair.caseA(), pair.caseB(), pair.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/splits")
  @Operation(summary = "Separate a case from the person it was linked into")
  ResponseEntity<Void> split(@Valid @RequestBody Split split) {
    decisions.split(split.caseId(), split.reason());
    return ResponseEntity.noContent().build();
  }
}
