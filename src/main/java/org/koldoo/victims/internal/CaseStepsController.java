package org.koldoo.victims.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.FormChoices;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.ConsentPurpose;
import org.koldoo.victims.GuardianType;
import org.koldoo.victims.ReturnKind;
import org.koldoo.victims.ScreeningLocation;
import org.koldoo.victims.VulnerableGroup;
import org.koldoo.victims.internal.CaseForms.ChildProtectionForm;
import org.koldoo.victims.internal.CaseForms.ConsentForm;
import org.koldoo.victims.internal.CaseForms.IdentificationForm;
import org.koldoo.victims.internal.CaseForms.ReturnForm;
import org.koldoo.victims.internal.CaseForms.ScreeningForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a case's NRM steps — screening, identification, consent, child protection, return —
 * each offered only to those who may take it.
 */
@Controller
@RequestMapping("/cases")
class CaseStepsController {

  private final CaseSteps steps;
  private final CaseGuard guard;
  private final VictimCasesApi api;
  private final Viewers viewers;
  private final Organisations organisations;
  private final Clock clock;

  CaseStepsController(Victims victims, Viewers viewers, Organisations organisations, Clock clock) {
    this.steps = victims.steps();
    this.guard = victims.guard();
    this.api = victims.api();
    this.viewers = viewers;
    this.organisations = organisations;
    this.clock = clock;
  }

  @ModelAttribute
  void codeLists(Model model, Locale locale) {
    model.addAttribute("organisations", organisations.active());
    model.addAttribute("countries", Countries.in(locale));
    model.addAttribute("today", LocalDate.now(clock));
  }

  // ---- steps ------------------------------------------------------------------------------

  @GetMapping("/{id}/screening")
  String screeningForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ScreeningForm(LocalDate.now(clock), null, null, Set.of()));
    return step(model, id, "screening");
  }

  @PostMapping("/{id}/screening")
  String screening(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ScreeningForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id,
        errors,
        redirect,
        () -> redirect.addFlashAttribute("proposesPresumed", steps.recordScreening(id, form)),
        () -> step(model, id, "screening"));
  }

  @GetMapping("/{id}/identification")
  String identificationForm(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "form", IdentificationForm.blank(LocalDate.now(clock), viewers.current().organisationId()));
    return step(model, id, "identification");
  }

  @PostMapping("/{id}/identification")
  String identification(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") IdentificationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id,
        errors,
        redirect,
        () -> steps.recordIdentification(id, form),
        () -> step(model, id, "identification"));
  }

  @GetMapping("/{id}/consent")
  String consentForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ConsentForm(null, null, LocalDate.now(clock), false, null));
    return step(model, id, "consent");
  }

  @PostMapping("/{id}/consent")
  String consent(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id, errors, redirect, () -> steps.giveConsent(id, form), () -> step(model, id, "consent"));
  }

  @PostMapping("/{id}/consents/{consentId}/withdraw")
  String withdraw(
      @PathVariable UUID id,
      @PathVariable UUID consentId,
      @ModelAttribute CaseForms.WithdrawalForm form,
      RedirectAttributes redirect) {
    return CaseFormAnswers.inline(
        id, null, redirect, () -> steps.withdrawConsent(id, consentId, form));
  }

  @GetMapping("/{id}/child")
  String childForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ChildProtectionForm(null, null, null, null, null, null));
    return step(model, id, "child");
  }

  @PostMapping("/{id}/child")
  String child(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ChildProtectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id,
        errors,
        redirect,
        () -> steps.recordChildProtection(id, form),
        () -> step(model, id, "child"));
  }

  @GetMapping("/{id}/return")
  String returnForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ReturnForm(null, LocalDate.now(clock), null, null));
    return step(model, id, "return");
  }

  @PostMapping("/{id}/return")
  String recordReturn(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReturnForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return CaseFormAnswers.page(
        id, errors, redirect, () -> steps.recordReturn(id, form), () -> step(model, id, "return"));
  }

  private String step(Model model, UUID id, String step) {
    CaseAction action =
        switch (step) {
          case "screening" -> CaseAction.RECORD_SCREENING;
          case "identification" -> CaseAction.RECORD_IDENTIFICATION;
          case "consent" -> CaseAction.RECORD_CONSENT;
          case "child" -> CaseAction.RECORD_CHILD_PROTECTION;
          case "return" -> CaseAction.RECORD_RETURN;
          default -> throw new IllegalArgumentException(step);
        };
    VictimCase c = guard.loadFor(id, action);
    model.addAttribute("summary", api.summary(c));
    model.addAttribute("caseId", id);
    model.addAttribute("step", step);
    switch (step) {
      case "screening" -> {
        model.addAttribute("locations", ScreeningLocation.values());
        model.addAttribute("groups", VulnerableGroup.values());
        model.addAttribute("indicatorGroups", VictimsCodes.indicatorsByDimension());
      }
      case "identification" -> {
        model.addAttribute("choices", FormChoices.of(IdentificationForm.class));
      }
      case "consent" -> model.addAttribute("purposes", ConsentPurpose.values());
      case "child" -> model.addAttribute("guardianTypes", GuardianType.values());
      case "return" -> model.addAttribute("kinds", ReturnKind.values());
      default -> throw new IllegalArgumentException(step);
    }
    return "cases/" + step;
  }
}
