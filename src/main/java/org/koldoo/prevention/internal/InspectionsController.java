package org.koldoo.prevention.internal;

import static org.koldoo.prevention.internal.RegistryPages.save;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.SiteType;
import org.koldoo.prevention.internal.RegistryForms.InspectionForm;
import org.koldoo.victims.Indicator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labour inspections page: the list with its form (editing a row with {@code ?edit=<id>}). */
@Controller
class InspectionsController {

  private final Registries registries;
  private final Organisations organisations;
  private final InspectionPeriodTotals totals;
  private final Clock clock;

  InspectionsController(
      Registries registries,
      Organisations organisations,
      InspectionPeriodTotals totals,
      Clock clock) {
    this.registries = registries;
    this.organisations = organisations;
    this.totals = totals;
    this.clock = clock;
  }

  // ---- labour inspections --------------------------------------------------------------------

  @GetMapping("/inspections")
  String inspections(
      @RequestParam(required = false) UUID edit,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var actor = org.koldoo.platform.security.Actors.current();
    if (!model.containsAttribute("form")) {
      InspectionForm opened = edit != null ? registries.inspections().inspectionForm(edit) : null;
      if (opened != null && !PreventionPolicy.recordsFor(actor, opened.inspectingBody())) {
        // another inspectorate's inspection is read in the list, never opened for editing
        opened = null;
        edit = null;
      }
      model.addAttribute("form", opened != null ? opened : freshInspection());
    }
    model.addAttribute("editing", edit);
    var rows =
        registries.page(
            "labour_inspection", "inspected_on desc", Page.request(page, Page.DEFAULT_SIZE));
    // the form for those who record inspections, and an edit link on the rows each may change
    model.addAttribute("canRecord", PreventionPolicy.recordsInspections(actor));
    model.addAttribute(
        "editable",
        rows.items().stream()
            .filter(r -> PreventionPolicy.recordsFor(actor, (UUID) r.get("inspecting_body")))
            .map(r -> r.get("id"))
            .collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("page", rows);
    model.addAttribute(
        "rows",
        Registries.derived(
            rows.items(),
            r ->
                r.put(
                    "indicatorList",
                    RegistryValues.enums(Indicator.class, (String) r.get("indicators")))));
    model.addAttribute("periodTotals", totals.page(Page.request(0, 12)));
    model.addAttribute("organisationNames", organisations.codes());
    return "prevention/inspections";
  }

  private InspectionForm freshInspection() {
    return new InspectionForm(
        LocalDate.now(clock),
        null,
        true,
        null,
        null,
        null,
        SiteType.OTHER,
        null,
        Set.of(),
        false,
        null,
        null,
        null);
  }

  @PostMapping({"/inspections", "/inspections/{id}"})
  String saveInspection(
      @PathVariable(required = false) UUID id,
      @Valid @ModelAttribute("form") InspectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(
        errors,
        redirect,
        "/inspections",
        () -> registries.inspections().saveInspection(id, form),
        () -> inspections(id, 0, model));
  }
}
