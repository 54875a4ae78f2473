package org.koldoo.justice.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.koldoo.justice.internal.CriminalCaseWork.AssignmentForm;
import org.koldoo.justice.internal.CriminalCaseWork.FollowUpDone;
import org.koldoo.justice.internal.CriminalCaseWork.FollowUpForm;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A criminal case as work for the body handling it: on its page and over the API. */
final class CriminalCaseWorkWeb {

  private CriminalCaseWorkWeb() {}

  /** The small forms on the case page; back to the page, with the refusal when there is one. */
  @Controller
  @RequestMapping("/justice/{id}")
  static class Page {

    private final CriminalCaseWork work;

    Page(CriminalCaseWork work) {
      this.work = work;
    }

    @PostMapping("/assignment")
    String assign(
        @PathVariable UUID id,
        @Valid @ModelAttribute AssignmentForm form,
        BindingResult errors,
        RedirectAttributes redirect) {
      return back(id, errors, redirect, () -> work.assign(id, form));
    }

    @PostMapping("/follow-ups")
    String addFollowUp(
        @PathVariable UUID id,
        @Valid @ModelAttribute FollowUpForm form,
        BindingResult errors,
        RedirectAttributes redirect) {
      return back(id, errors, redirect, () -> work.addFollowUp(id, form));
    }

    @PostMapping("/follow-ups/{followUpId}/done")
    String done(
        @PathVariable UUID id,
        @PathVariable UUID followUpId,
        @Valid @ModelAttribute FollowUpDone form,
        BindingResult errors,
        RedirectAttributes redirect) {
      return back(id, errors, redirect, () -> work.complete(id, followUpId, form));
    }

    private static String back(
        UUID id, BindingResult errors, RedirectAttributes redirect, Runnable action) {
      if (errors.hasErrors()) {
        var field = errors.getFieldError();
        redirect.addFlashAttribute(
            "workError", field != null ? "work.invalid." + field.getField() : "error.validation");
      } else {
        try {
          action.run();
          redirect.addFlashAttribute("workSaved", true);
        } catch (InvalidInput | ConflictException e) {
          redirect.addFlashAttribute("workError", e.messageKey());
        }
      }
      return "redirect:/justice/" + id;
    }
  }

  @RestController
  @RequestMapping("/api/v1/criminal-cases/{id}")
  @Tag(name = "Criminal cases")
  static class Api {

    private final CriminalCaseWork work;
    private final CriminalCaseRecords records;

    Api(CriminalCaseWork work, CriminalCaseRecords records) {
      this.work = work;
      this.records = records;
    }

    /** The caller's body's view of the case as work. */
    record WorkState(String assignee, List<CriminalCaseWork.FollowUp> followUps) {}

    record Created(UUID id) {}

    @GetMapping("/work")
    @Operation(summary = "Who of your body works the case, and your body's follow-ups on it")
    WorkState state(@PathVariable UUID id) {
      UUID organisation = Actors.current().organisationId();
      records.load(id); // a viewer of criminal cases, and a case that exists
      return new WorkState(
          work.assignee(id, organisation).orElse(null), work.followUps(id, organisation));
    }

    @PostMapping("/assignment")
    @Operation(summary = "Name the person of your body who works the case (blank: nobody)")
    WorkState assign(@PathVariable UUID id, @Valid @RequestBody AssignmentForm form) {
      work.assign(id, form);
      return state(id);
    }

    @PostMapping("/follow-ups")
    @Operation(summary = "Plan a follow-up with a due day and a person of your body")
    ResponseEntity<Created> addFollowUp(
        @PathVariable UUID id, @Valid @RequestBody FollowUpForm form) {
      UUID followUp = work.addFollowUp(id, form);
      return ResponseEntity.status(201).body(new Created(followUp));
    }

    @PostMapping("/follow-ups/{followUpId}/completion")
    @Operation(summary = "Record how a follow-up of your body ended")
    WorkState complete(
        @PathVariable UUID id,
        @PathVariable UUID followUpId,
        @Valid @RequestBody FollowUpDone form) {
      work.complete(id, followUpId, form);
      return state(id);
    }
  }
}
