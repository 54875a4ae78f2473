package org.koldoo.justice.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.koldoo.justice.DetentionMeasure;
import org.koldoo.justice.TraffickingAmongOffences;
import org.koldoo.justice.internal.JusticeForms.DetentionForm;
import org.koldoo.justice.internal.JusticeForms.OperationForm;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enforcement operations and the persons detained, arrested or deported in them. */
@Controller
class OperationsController {

  private final EnforcementOperations operations;
  private final Clock clock;

  OperationsController(Justice justice, Clock clock) {
    this.operations = justice.operations();
    this.clock = clock;
  }

  @ModelAttribute
  void lists(Model model, Locale locale) {
    model.addAttribute("countries", Countries.in(locale));
  }

  @GetMapping("/justice/operations")
  String operations(Model model) {
    model.addAttribute("operations", operations.operations());
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new OperationForm(
              null, null, LocalDate.now(clock), null, 0, TraffickingAmongOffences.UNKNOWN));
    }
    if (!model.containsAttribute("detention")) {
      model.addAttribute(
          "detention",
          new DetentionForm(
              null, LocalDate.now(clock), DetentionMeasure.DETENTION, 1, null, false, 0, null));
    }
    // police and prosecutors record; the court and the national roles read
    model.addAttribute("canRecord", JusticePolicy.mayRecord());
    model.addAttribute("answers", TraffickingAmongOffences.values());
    model.addAttribute("measures", DetentionMeasure.values());
    return "justice/operations";
  }

  @PostMapping("/justice/operations/detentions")
  String recordDetention(
      @Valid @ModelAttribute("detention") DetentionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          operations.recordDetention(form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/justice/operations";
        },
        () -> operations(model));
  }

  @PostMapping("/justice/operations")
  String recordOperation(
      @Valid @ModelAttribute("form") OperationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          operations.recordOperation(form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/justice/operations";
        },
        () -> operations(model));
  }

  /** The operations with their detentions, one row per detention (or per operation without). */
  @GetMapping("/justice/operations/export.csv")
  void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    try (var out =
        org.koldoo.platform.web.CsvDownloads.open(
            response,
            "enforcement-operations.csv",
            "operation",
            "place",
            "started_on",
            "ended_on",
            "offences_uncovered",
            "trafficking_among_offences",
            "detention_on",
            "measure",
            "persons",
            "citizenship",
            "screened",
            "referred_as_victims",
            "note")) {
      for (var o : operations.operations()) {
        if (o.detentions().isEmpty()) {
          out.printRecord(
              o.name(),
              o.place(),
              o.startedOn(),
              o.endedOn(),
              o.offencesUncovered(),
              o.traffickingAmongOffences(),
              null,
              null,
              null,
              null,
              null,
              null,
              null);
        }
        for (var d : o.detentions()) {
          out.printRecord(
              o.name(),
              o.place(),
              o.startedOn(),
              o.endedOn(),
              o.offencesUncovered(),
              o.traffickingAmongOffences(),
              d.occurredOn(),
              d.measure(),
              d.persons(),
              d.citizenship(),
              d.screened(),
              d.referredAsVictims(),
              d.note());
        }
      }
    }
  }
}
