package org.koldoo.victims.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.CaseCloseReason;
import org.koldoo.victims.TaskKind;
import org.koldoo.victims.internal.CaseForms.AssignmentForm;
import org.koldoo.victims.internal.CaseForms.CloseForm;
import org.koldoo.victims.internal.CaseForms.TaskDoneForm;
import org.koldoo.victims.internal.CaseForms.TaskForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screens of a case as a piece of work: assignment, follow-ups, closing and reopening. */
@Controller
@RequestMapping("/cases")
class CaseWorkController {

  private final CaseWork work;
  private final CaseGuard guard;
  private final VictimCasesApi api;
  private final Organisations organisations;
  private final Clock clock;

  CaseWorkController(Victims victims, Organisations organisations, Clock clock) {
    this.work = victims.work();
    this.guard = victims.guard();
    this.api = victims.api();
    this.organisations = organisations;
    this.clock = clock;
  }

  @PostMapping("/{id}/assignment")
  String assign(
      @PathVariable UUID id,
      @Valid @ModelAttribute AssignmentForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    return CaseFormAnswers.inline(id, errors, redirect, () -> work.assign(id, form));
  }

  @GetMapping("/{id}/task")
  String taskForm(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "form", new TaskForm(null, LocalDate.now(clock).plusDays(7), currentAssignee(id), null));
    return page(model, id, "task");
  }

  @PostMapping("/{id}/task")
  String task(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") TaskForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id, errors, redirect, () -> work.addTask(id, form), () -> page(model, id, "task"));
  }

  @PostMapping("/{id}/tasks/{taskId}/done")
  String done(
      @PathVariable UUID id,
      @PathVariable UUID taskId,
      @Valid @ModelAttribute TaskDoneForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    return CaseFormAnswers.inline(id, errors, redirect, () -> work.completeTask(id, taskId, form));
  }

  @GetMapping("/{id}/close")
  String closeForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new CloseForm(null, LocalDate.now(clock)));
    return page(model, id, "close");
  }

  @PostMapping("/{id}/close")
  String close(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") CloseForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id, errors, redirect, () -> work.close(id, form), () -> page(model, id, "close"));
  }

  @PostMapping("/{id}/reopen")
  String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
    return CaseFormAnswers.inline(id, null, redirect, () -> work.reopen(id));
  }

  private String currentAssignee(UUID id) {
    return guard.load(id).work().assignedTo();
  }

  private String page(Model model, UUID id, String step) {
    VictimCase c = guard.loadFor(id, CaseAction.MANAGE_CASE);
    model.addAttribute("summary", api.summary(c));
    model.addAttribute("caseId", id);
    model.addAttribute("step", step);
    model.addAttribute("members", organisations.members(c.organisationId()));
    model.addAttribute("taskKinds", TaskKind.values());
    model.addAttribute("closeReasons", CaseCloseReason.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "cases/" + step;
  }
}
