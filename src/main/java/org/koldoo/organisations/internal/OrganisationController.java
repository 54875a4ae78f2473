package org.koldoo.organisations.internal;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.OrganisationType;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.Page;
import org.koldoo.platform.web.Sorting;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' screens to list, add and edit organisations. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationController {

  private final OrganisationService organisations;

  OrganisationController(OrganisationService organisations) {
    this.organisations = organisations;
  }

  @ModelAttribute("types")
  OrganisationType[] types() {
    return OrganisationType.values();
  }

  @ModelAttribute("regions")
  Region[] regions() {
    return Region.values();
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) OrganisationType type,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    Map<String, Comparator<OrganisationSummary>> columns =
        Map.of(
            "code", Comparator.comparing(OrganisationSummary::code),
            "name", Comparator.comparing((OrganisationSummary o) -> o.name(locale)),
            "type", Comparator.comparing(OrganisationSummary::type),
            "region", Comparator.comparing(o -> o.region() == null ? "" : o.region().name()),
            "active", Comparator.comparing(OrganisationSummary::active));
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<OrganisationSummary> rows =
        organisations.all().stream()
            .filter(o -> type == null || o.type() == type)
            .filter(
                o ->
                    needle.isEmpty()
                        || o.code().toLowerCase(Locale.ROOT).contains(needle)
                        || o.nameEn().toLowerCase(Locale.ROOT).contains(needle)
                        || o.nameRu().toLowerCase(Locale.ROOT).contains(needle)
                        || o.nameKy().toLowerCase(Locale.ROOT).contains(needle))
            .sorted(Sorting.comparator(sort, columns, "code"))
            .toList();
    var shown = Page.of(rows, Page.request(page, Page.DEFAULT_SIZE));
    model.addAttribute("organisations", shown.items());
    model.addAttribute("organisationsPage", shown);
    model.addAttribute("all", organisations.all());
    model.addAttribute("q", q);
    model.addAttribute("type", type);
    return "organisations/list";
  }

  @GetMapping("/new")
  String createForm(Model model) {
    model.addAttribute("form", OrganisationForm.empty());
    return form(model, null);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(model, null);
    }
    try {
      OrganisationSummary created = organisations.create(form);
      redirect.addFlashAttribute("saved", created.code());
      return "redirect:/admin/organisations";
    } catch (ConflictException e) {
      errors.rejectValue(e.field() == null ? "code" : e.field(), e.messageKey(), e.arguments(), "");
      return form(model, null);
    }
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", OrganisationForm.of(organisations.get(id)));
    return form(model, id);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    organisations.get(id);
    if (errors.hasErrors()) {
      return form(model, id);
    }
    try {
      OrganisationSummary saved = organisations.update(id, form);
      redirect.addFlashAttribute("saved", saved.code());
      return "redirect:/admin/organisations";
    } catch (ConflictException e) {
      if (e.field() == null) {
        errors.reject(e.messageKey(), e.arguments(), "");
      } else {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), "");
      }
      return form(model, id);
    }
  }

  private String form(Model model, UUID id) {
    model.addAttribute("id", id);
    model.addAttribute(
        "parents", organisations.all().stream().filter(o -> !o.id().equals(id)).toList());
    return "organisations/form";
  }
}
