package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryPages.save;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.prevention.DemandActionKind;
import org.koldoo.prevention.HarassmentPerpetrator;
import org.koldoo.prevention.HarassmentTarget;
import org.koldoo.prevention.SupportKind;
import org.koldoo.prevention.internal.RegistryForms.DemandActionForm;
import org.koldoo.prevention.internal.RegistryForms.HarassmentForm;
import org.koldoo.prevention.internal.RegistryForms.SupportForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Government support to NGO crisis centres, demand-reduction actions and harassment incidents. */
@Controller
class RightsController {

  private final Registries registries;
  private final Organisations organisations;
  private final Clock clock;

  RightsController(Registries registries, Organisations organisations, Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.clock = clock;
  }

  // ---- centre support, demand reduction, harassment ---------------------------------------

  @GetMapping("/rights")
  String rights(
      @RequestParam(required = false) UUID editSupport,
      @RequestParam(required = false) UUID editAction,
      @RequestParam(required = false) UUID editIncident,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    if (!model.containsAttribute("support")) {
      model.addAttribute(
          "support",
          editSupport != null
              ? registries.rights().supportForm(editSupport)
              : new SupportForm(
                  null,
                  null,
                  today.withDayOfYear(1),
                  today.withDayOfYear(today.lengthOfYear()),
                  SupportKind.MONEY,
                  null,
                  null,
                  null));
    }
    if (!model.containsAttribute("action")) {
      model.addAttribute(
          "action",
          editAction != null
              ? registries.rights().demandActionForm(editAction)
              : new DemandActionForm(today, null, null, null, 0, null, null));
    }
    if (!model.containsAttribute("incident")) {
      model.addAttribute(
          "incident",
          editIncident != null
              ? registries.rights().harassmentForm(editIncident)
              : new HarassmentForm(
                  today, null, null, HarassmentPerpetrator.UNKNOWN, null, null, false, null, null));
    }
    model.addAttribute("editSupport", editSupport);
    model.addAttribute("editAction", editAction);
    model.addAttribute("editIncident", editIncident);
    model.addAttribute(
        "centres",
        organisations.active().stream()
            .filter(o -> o.type() == org.koldoo.organisations.OrganisationType.NGO)
            .toList());
    model.addAttribute(
        "funders", organisations.active().stream().filter(o -> o.type().isGovernment()).toList());
    model.addAttribute("supportKinds", SupportKind.values());
    model.addAttribute("demandKinds", DemandActionKind.values());
    model.addAttribute("harassmentTargets", HarassmentTarget.values());
    model.addAttribute("harassmentPerpetrators", HarassmentPerpetrator.values());
    registries.listed(model, "supports", "ngo_centre_support", "period_start desc");
    registries.listed(model, "actions", "demand_reduction_action", "held_on desc");
    registries.listed(model, "incidents", "harassment_incident", "reported_on desc");
    model.addAttribute("organisationNames", organisations.codes());
    return "prevention/rights";
  }

  @PostMapping({"/rights/support", "/rights/support/{id}"})
  String saveSupport(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("support") SupportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveSupport(id, form),
        () -> rights(id, null, null, model));
  }

  @PostMapping({"/rights/demand", "/rights/demand/{id}"})
  String saveDemandAction(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("action") DemandActionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveDemandAction(id, form),
        () -> rights(null, id, null, model));
  }

  @PostMapping({"/rights/harassment", "/rights/harassment/{id}"})
  String saveHarassment(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("incident") HarassmentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/rights",
        () -> registries.rights().saveHarassment(id, form),
        () -> rights(null, null, id, model));
  }
}
