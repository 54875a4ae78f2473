package org.koldoo.assistance.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.koldoo.assistance.ReferralStatus;
import org.koldoo.assistance.ServiceOutcome;
import org.koldoo.assistance.ServiceType;
import org.koldoo.assistance.internal.AssistanceForms.DeclineForm;
import org.koldoo.assistance.internal.AssistanceForms.ReferralForm;
import org.koldoo.assistance.internal.AssistanceForms.ServiceForm;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.Page;
import org.koldoo.victims.VictimCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referral and service screens; the case page loads its assistance panel from here (htmx). */
@Controller
class AssistanceController {

  private final AssistanceService service;
  private final ServiceDeliveries deliveries;
  private final VictimCases victims;
  private final Organisations organisations;
  private final Clock clock;
  private final ReferralInbox inbox;
  private final AssistancePolicy policy;

  AssistanceController(
      AssistanceService service,
      ServiceDeliveries deliveries,
      VictimCases victims,
      Organisations organisations,
      Clock clock,
      ReferralInbox inbox,
      AssistancePolicy policy) {
    this.inbox = inbox;
    this.policy = policy;
    this.service = service;
    this.deliveries = deliveries;
    this.victims = victims;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * The case's referrals and services: in place on the case page (htmx), or as a page of its own.
   */
  @GetMapping("/cases/{id}/assistance")
  String panel(
      @PathVariable UUID id,
      io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest htmx,
      Model model) {
    model.addAttribute("caseId", id);
    model.addAttribute("referrals", service.referrals(id));
    model.addAttribute("services", deliveries.services(id));
    model.addAttribute("identityAccess", victims.identityVisible(id));
    model.addAttribute("myOrganisation", Actors.current().organisationId());
    return htmx.isHtmxRequest() ? "assistance/panel :: panel" : "assistance/page";
  }

  @GetMapping("/cases/{id}/referral")
  String referralForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ReferralForm(null, null, LocalDate.now(clock)));
    return referralPage(model, id);
  }

  @PostMapping("/cases/{id}/referral")
  String refer(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ReferralForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          service.send(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/cases/" + id;
        },
        () -> referralPage(model, id));
  }

  @GetMapping("/cases/{id}/service")
  String serviceForm(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "form",
        new ServiceForm(null, null, LocalDate.now(clock), null, ServiceOutcome.ONGOING, null));
    return servicePage(model, id);
  }

  @PostMapping("/cases/{id}/service")
  String recordService(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ServiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          deliveries.recordService(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/cases/" + id;
        },
        () -> servicePage(model, id));
  }

  @GetMapping("/referrals")
  String inbox(
      @RequestParam(defaultValue = "true") boolean incoming,
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) UUID organisationId,
      @RequestParam(required = false) ServiceType serviceType,
      @RequestParam(required = false) Boolean child,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("incoming", incoming);
    model.addAttribute("status", status);
    model.addAttribute("statuses", ReferralStatus.values());
    model.addAttribute("organisationId", organisationId);
    model.addAttribute("serviceType", serviceType);
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("child", child);
    model.addAttribute("organisations", othersThanOwn());
    var referrals =
        inbox.page(
            incoming,
            new ReferralInbox.InboxFilter(status, organisationId, serviceType, child),
            sort,
            Page.request(page, Page.DEFAULT_SIZE));
    model.addAttribute("page", referrals);
    model.addAttribute("referrals", referrals.items());
    model.addAttribute("declineForm", new DeclineForm(null));
    return "assistance/inbox";
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      service.accept(id);
      redirect.addFlashAttribute("saved", true);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/referrals";
  }

  @PostMapping("/referrals/{id}/decline")
  String decline(
      @PathVariable UUID id,
      @Valid @ModelAttribute("declineForm") DeclineForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      redirect.addFlashAttribute("actionError", "referral.declineReasonRequired");
      return "redirect:/referrals";
    }
    try {
      service.decline(id, form.reason());
      redirect.addFlashAttribute("saved", true);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/referrals";
  }

  private String referralPage(Model model, UUID id) {
    victims.find(id).orElseThrow(() -> new AssistanceService.CaseUnknown(id));
    policy.requireMayRefer(id);
    model.addAttribute("caseId", id);
    model.addAttribute("summary", victims.find(id).orElseThrow());
    model.addAttribute("organisations", othersThanOwn());
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("permission", victims.referralPermission(id));
    return "assistance/referral";
  }

  private String servicePage(Model model, UUID id) {
    victims.find(id).orElseThrow(() -> new AssistanceService.CaseUnknown(id));
    policy.requireMayRecordService(id);
    model.addAttribute("caseId", id);
    model.addAttribute("summary", victims.find(id).orElseThrow());
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("outcomes", ServiceOutcome.values());
    model.addAttribute(
        "acceptedReferrals",
        service.referrals(id).stream()
            .filter(r -> r.status() == ReferralStatus.ACCEPTED)
            .filter(r -> AssistancePolicy.receives(Actors.current(), r))
            .toList());
    return "assistance/service";
  }

  /** The organisations a person's own may refer to, or filter by: every active one but its own. */
  private List<OrganisationSummary> othersThanOwn() {
    return organisations.active().stream()
        .filter(o -> !o.id().equals(Actors.current().organisationId()))
        .toList();
  }
}
