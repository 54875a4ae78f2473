package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryPages.save;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.prevention.TrainingFormat;
import org.koldoo.prevention.internal.RegistryForms.TrainingForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training page: events with participants by profession and organisation. */
@Controller
class TrainingController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  TrainingController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
  }

  // ---- training ----------------------------------------------------------------------------

  @GetMapping("/training")
  String training(@RequestParam(required = false) UUID edit, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          edit != null
              ? registries.training().trainingForm(edit)
              : new TrainingForm(
                  LocalDate.now(clock),
                  null,
                  null,
                  null,
                  TrainingFormat.IN_PERSON,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  null,
                  null));
    }
    model.addAttribute("editing", edit);
    registries.listed(model, "rows", "training_event", "held_on desc");
    return "prevention/training";
  }

  @PostMapping({"/training", "/training/{id}"})
  String saveTraining(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("form") TrainingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/training",
        () -> registries.training().saveTraining(id, form),
        () -> training(id, model));
  }
}
