package org.koldoo.victims.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.victims.CaseSummary;
import org.koldoo.victims.internal.CaseForms.ChildProtectionForm;
import org.koldoo.victims.internal.CaseForms.ConsentForm;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.PersonForm;
import org.koldoo.victims.internal.CaseForms.ReturnForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Victim cases over the API. Responses carry no identity except {@code GET …/identity}, which needs
 * a purpose, follows the same access rules as the screens and is audited.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Victim cases", description = "National Referral Mechanism: persons and their cases")
class CaseApiController {

  private final PersonService persons;
  private final IdentityService identities;
  private final CaseSteps steps;
  private final CaseWork work;
  private final DuplicateCheck duplicates;
  private final CaseGuard guard;
  private final VictimCasesApi api;
  private final IdentityRetention retention;

  CaseApiController(Victims victims) {
    this.persons = victims.persons();
    this.identities = victims.identities();
    this.steps = victims.steps();
    this.work = victims.work();
    this.duplicates = victims.duplicates();
    this.guard = victims.guard();
    this.api = victims.api();
    this.retention = victims.retention();
  }

  record Registered(UUID id, String caseNumber, String pseudonym) {}

  /** {@code identityErasedOn}: the day retention erased the identity, null while it is kept. */
  record CaseDetail(
      CaseSummary summary,
      int version,
      boolean identityVisible,
      LocalDate identityErasedOn,
      List<TimelineEntry> timeline,
      List<ConsentRow> consents,
      CaseWork.View work) {}

  record TaskCreated(UUID id) {}

  record IdentityResponse(
      String familyName,
      String givenName,
      String patronymic,
      String latinName,
      LocalDate dateOfBirth,
      String documentNumber,
      String documents,
      String contacts,
      String address,
      String notes,
      String guardianName,
      String guardianContact,
      String bestInterestsSummary,
      boolean breakGlass,
      LocalDate erasedOn) {}

  record ScreeningResult(boolean proposesPresumedVictim) {}

  @PostMapping
  @Operation(summary = "Register a person; identity is encrypted before it is stored")
  ResponseEntity<Registered> register(@Valid @RequestBody PersonForm form) {
    var r = persons.register(form);
    return ResponseEntity.created(URI.create("/api/v1/cases/" + r.id()))
        .body(new Registered(r.id(), r.caseNumber(), r.pseudonym()));
  }

  @PostMapping("/duplicate-check")
  @Operation(
      summary =
          "Before registering: cases of your organisation that may be this person, and whether"
              + " one may exist elsewhere (never where); audited")
  DuplicateCheck.Result duplicateCheck(@Valid @RequestBody PersonForm form) {
    return duplicates.check(form);
  }

  @GetMapping("/{id}")
  @Operation(summary = "A case without identity: summary, timeline and consents")
  CaseDetail get(@PathVariable UUID id) {
    var d = api.detail(id);
    return new CaseDetail(
        d.summary(),
        d.version(),
        d.identityVisible(),
        retention.erasedOn(id).orElse(null),
        d.timeline(),
        d.consents(),
        work.view(id, d.summary().organisationId(), d.summary().child()));
  }

  @GetMapping("/{id}/identity")
  @Operation(
      summary = "The identity, for a stated purpose (audited); break-glass needs a reason",
      description =
          "erasedOn: the day retention erased the identity (its fields are then empty), null"
              + " while it is kept.")
  ResponseEntity<IdentityResponse> identity(
      @PathVariable UUID id,
      @RequestParam String purpose,
      @io.swagger.v3.oas.annotations.Parameter(
              deprecated = true,
              description = "in the address it reaches every log: use POST …/identity")
          @RequestParam(required = false)
          String breakGlassReason) {
    IdentityResponse shown = shown(id, identities.revealIdentity(id, purpose, breakGlassReason));
    if (breakGlassReason == null) {
      return ResponseEntity.ok(shown);
    }
    return ResponseEntity.ok()
        .header("Deprecation", CaseSearchApiController.DEPRECATED_SINCE)
        .header("Link", "</api/v1/cases/" + id + "/identity>; rel=\"successor-version\"")
        .body(shown);
  }

  /** Why the identity is read; a break-glass reason sent in the body stays out of the address. */
  record IdentityRequest(@NotBlank @Size(max = 200) String purpose, String breakGlassReason) {}

  @PostMapping("/{id}/identity")
  @Operation(
      summary =
          "The identity, as GET …/identity, with the purpose and a break-glass reason in the body"
              + " (the reason is kept in the audit trail: at most 180 characters, no numbers that"
              + " name a person)")
  IdentityResponse identity(@PathVariable UUID id, @Valid @RequestBody IdentityRequest request) {
    return shown(id, identities.revealIdentity(id, request.purpose(), request.breakGlassReason()));
  }

  private IdentityResponse shown(UUID id, IdentityService.IdentityView view) {
    Identity i = view.identity();
    return new IdentityResponse(
        i.familyName(),
        i.givenName(),
        i.patronymic(),
        i.latinName(),
        i.dateOfBirth(),
        i.documentNumber(),
        i.documents(),
        i.contacts(),
        i.address(),
        i.notes(),
        view.guardianName(),
        view.guardianContact(),
        view.bestInterestsSummary(),
        view.breakGlass(),
        retention.erasedOn(id).orElse(null));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change the person's details; send the version you read (409 if stale)")
  CaseDetail update(@PathVariable UUID id, @Valid @RequestBody PersonForm form) {
    persons.update(id, form);
    return get(id);
  }

  @PostMapping("/{id}/screenings")
  @Operation(summary = "Record a screening; the answer says whether the Delphi rule is met")
  ScreeningResult screening(@PathVariable UUID id, @Valid @RequestBody ScreeningForm form) {
    return new ScreeningResult(steps.recordScreening(id, form));
  }

  @PostMapping("/{id}/identifications")
  @Operation(summary = "Record an identification decision with its exploitation details")
  CaseDetail identification(@PathVariable UUID id, @Valid @RequestBody IdentificationForm form) {
    steps.recordIdentification(id, form);
    return get(id);
  }

  @PostMapping("/{id}/consents")
  @Operation(summary = "Record a consent given")
  CaseDetail consent(@PathVariable UUID id, @Valid @RequestBody ConsentForm form) {
    steps.giveConsent(id, form);
    return get(id);
  }

  @PostMapping("/{id}/consents/{consentId}/withdrawal")
  @Operation(
      summary =
          "Withdraw a consent (optionally the day and the reason code); the access it granted ends"
              + " at once")
  CaseDetail withdraw(
      @PathVariable UUID id,
      @PathVariable UUID consentId,
      @Valid @RequestBody(required = false) CaseForms.WithdrawalForm form) {
    steps.withdrawConsent(id, consentId, form);
    return get(id);
  }

  @PostMapping("/{id}/child-protection")
  @Operation(summary = "Guardian and best-interests determination of a child")
  CaseDetail child(@PathVariable UUID id, @Valid @RequestBody ChildProtectionForm form) {
    steps.recordChildProtection(id, form);
    return get(id);
  }

  @PostMapping("/{id}/returns")
  @Operation(summary = "Consular assistance, repatriation, residence or long-term shelter")
  CaseDetail recordReturn(@PathVariable UUID id, @Valid @RequestBody ReturnForm form) {
    steps.recordReturn(id, form);
    return get(id);
  }

  @PostMapping("/{id}/assignment")
  @Operation(summary = "Give the case to a person of its organisation (blank assignee: nobody)")
  CaseDetail assign(@PathVariable UUID id, @Valid @RequestBody CaseForms.AssignmentForm form) {
    work.assign(id, form);
    return get(id);
  }

  @PostMapping("/{id}/tasks")
  @Operation(summary = "Plan a follow-up with a due day and a person of the case's organisation")
  ResponseEntity<TaskCreated> addTask(
      @PathVariable UUID id, @Valid @RequestBody CaseForms.TaskForm form) {
    UUID taskId = work.addTask(id, form);
    return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(new TaskCreated(taskId));
  }

  @PostMapping("/{id}/tasks/{taskId}/completion")
  @Operation(summary = "Record how a follow-up ended")
  CaseDetail completeTask(
      @PathVariable UUID id,
      @PathVariable UUID taskId,
      @Valid @RequestBody CaseForms.TaskDoneForm form) {
    work.completeTask(id, taskId, form);
    return get(id);
  }

  @PostMapping("/{id}/closure")
  @Operation(summary = "Close the case with a reason; its open follow-ups end")
  CaseDetail close(@PathVariable UUID id, @Valid @RequestBody CaseForms.CloseForm form) {
    work.close(id, form);
    return get(id);
  }

  @PostMapping("/{id}/reopening")
  @Operation(summary = "Reopen a closed case")
  CaseDetail reopen(@PathVariable UUID id) {
    work.reopen(id);
    return get(id);
  }
}
