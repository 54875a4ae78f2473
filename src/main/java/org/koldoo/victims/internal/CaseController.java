package org.koldoo.victims.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.victims.CaseAction;
import org.koldoo.victims.Sex;
import org.koldoo.victims.VulnerabilityFactor;
import org.koldoo.victims.internal.CaseForms.PersonForm;
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

/** The case register, the case page, and a form for each step of the referral mechanism. */
@Controller
@RequestMapping("/cases")
class CaseController {

  private final PersonService persons;
  private final IdentityService identities;
  private final CaseGuard guard;
  private final VictimCasesApi api;
  private final CaseRecords records;
  private final Viewers viewers;
  private final Organisations organisations;
  private final Clock clock;

  private final CaseWork work;
  private final DuplicateCheck duplicates;
  private final CaseAttachments attachments;
  private final IdentityRetention retention;

  CaseController(
      Victims victims,
      CaseRecords records,
      Viewers viewers,
      Organisations organisations,
      Clock clock) {
    this.persons = victims.persons();
    this.identities = victims.identities();
    this.guard = victims.guard();
    this.api = victims.api();
    this.work = victims.work();
    this.duplicates = victims.duplicates();
    this.attachments = victims.attachments();
    this.retention = victims.retention();
    this.records = records;
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

  // ---- register ---------------------------------------------------------------------------

  @GetMapping("/new")
  String registerForm(Model model) {
    model.addAttribute("form", PersonForm.empty(LocalDate.now(clock)));
    return personForm(model, null);
  }

  @PostMapping("/new")
  String register(
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult errors,
      Model model,
      @RequestParam(defaultValue = "false") boolean registerAnyway,
      RedirectAttributes redirect) {
    if (!errors.hasErrors() && !registerAnyway) {
      // before saving: may this person be registered already? (the person decides)
      DuplicateCheck.Result found = duplicates.check(form);
      if (found.any()) {
        model.addAttribute("duplicates", found);
        return personForm(model, null);
      }
    }
    return FormSubmission.submit(
        errors,
        () -> {
          var registered = persons.register(form);
          redirect.addFlashAttribute("registered", registered.caseNumber());
          return "redirect:/cases/" + registered.id();
        },
        () -> personForm(model, null));
  }

  // ---- the case page ------------------------------------------------------------------------

  @GetMapping("/{id}")
  String page(@PathVariable UUID id, Model model) {
    VictimCase c = guard.load(id);
    AccessPolicy.Rights rights = guard.rights(c);
    model.addAttribute("summary", api.summary(c));
    model.addAttribute("victimCase", c);
    model.addAttribute("identityAccess", rights.access() == Access.IDENTITY);
    // the toolbar offers each viewer only what it may do; the service refuses the rest anyway
    model.addAttribute(
        "can",
        rights.actions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("canBreakGlass", rights.breakGlass());
    model.addAttribute("canTraceLookUps", CaseLookUps.mayTrace());
    model.addAttribute("timeline", records.timeline(id));
    model.addAttribute("consents", records.consents(id));
    model.addAttribute("withdrawalReasons", org.koldoo.victims.ConsentWithdrawalReason.values());
    model.addAttribute("vulnerabilities", c.facts().vulnerabilityFactors());
    // every step's record shown back in full, oldest first like the timeline
    model.addAttribute(
        "identifications",
        c.identifications().stream()
            .sorted(java.util.Comparator.comparing(Identification::decidedOn))
            .toList());
    model.addAttribute(
        "screenings",
        c.screenings().stream()
            .sorted(java.util.Comparator.comparing(Screening::screenedOn))
            .toList());
    model.addAttribute(
        "returns",
        c.returns().stream().sorted(java.util.Comparator.comparing(CaseReturn::eventOn)).toList());
    model.addAttribute("organisationNames", organisations.codes());
    model.addAttribute("hasPhoto", c.photoCiphertext() != null);
    caseWork(c, rights, model);
    model.addAttribute("attachments", attachments.list(id));
    model.addAttribute("attachmentKinds", org.koldoo.victims.AttachmentKind.values());
    model.addAttribute("zone", clock.getZone());
    return "cases/page";
  }

  /** The case as a piece of work: shown in full to those who manage it, its state to everyone. */
  private void caseWork(VictimCase c, AccessPolicy.Rights rights, Model model) {
    model.addAttribute("closedOn", c.work().closedOn());
    model.addAttribute("identityErasedOn", retention.erasedOn(c.id()).orElse(null));
    model.addAttribute("closeReason", c.work().closeReason());
    boolean manages = rights.may(CaseAction.MANAGE_CASE);
    model.addAttribute("manages", manages);
    if (manages) {
      model.addAttribute("assignedTo", c.work().assignedTo());
      model.addAttribute("members", work.members(c));
      model.addAttribute("tasks", work.tasks(c));
      model.addAttribute("taskOutcomes", org.koldoo.victims.TaskOutcome.values());
    }
  }

  /** The identity, revealed on request with a purpose (htmx fragment); every reveal audited. */
  /**
   * The identity, for a purpose (a GET from the page, shown in place) or by breaking the glass (a
   * POST: the reason stays out of the address).
   */
  @RequestMapping(
      path = "/{id}/identity",
      method = {
        org.springframework.web.bind.annotation.RequestMethod.GET,
        org.springframework.web.bind.annotation.RequestMethod.POST
      })
  String identity(
      @PathVariable UUID id,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) String breakGlassReason,
      io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest htmx,
      Model model) {
    var view = identities.revealIdentity(id, purpose, breakGlassReason);
    if (!htmx.isHtmxRequest()) {
      // without JavaScript the whole case page comes back, identity in place
      page(id, model);
      model.addAttribute("view", view);
      return "cases/page";
    }
    model.addAttribute("view", view);
    model.addAttribute("caseId", id);
    model.addAttribute("hasPhoto", guard.load(id).photoCiphertext() != null);
    return "cases/identity :: identity";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    VictimCase c = guard.loadFor(id, CaseAction.EDIT_PERSON);
    var view = identities.revealIdentity(id, "edit person", null);
    Identity i = view.identity();
    model.addAttribute(
        "form",
        new PersonForm(
            i.familyName(),
            i.givenName(),
            i.patronymic(),
            i.latinName(),
            i.dateOfBirth(),
            c.facts().estimatedAge(),
            i.documentNumber(),
            i.documents(),
            i.contacts(),
            i.address(),
            i.notes(),
            c.facts().sex(),
            c.facts().birthYear(),
            Set.copyOf(CodeLists.orEmpty(c.facts().citizenships())),
            c.facts().region() == null ? null : Region.valueOf(c.facts().region()),
            CodeLists.toSet(VulnerabilityFactor.class, c.facts().vulnerabilityFactors()),
            c.registeredOn(),
            c.version()));
    return personForm(model, id);
  }

  @PostMapping("/{id}/edit")
  String edit(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") PersonForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    // on a stale edit nothing typed is lost: the form comes back as entered, conflict explained
    return FormSubmission.submit(
        errors,
        () -> {
          persons.update(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/cases/" + id;
        },
        () -> personForm(model, id));
  }

  private String personForm(Model model, UUID id) {
    model.addAttribute("caseId", id);
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("regions", Region.values());
    model.addAttribute("vulnerabilityFactors", VulnerabilityFactor.values());
    return "cases/person";
  }
}
