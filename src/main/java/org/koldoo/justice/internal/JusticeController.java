package org.koldoo.justice.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.koldoo.justice.AppealOutcome;
import org.koldoo.justice.ArticleClass;
import org.koldoo.justice.CaseOrigin;
import org.koldoo.justice.CloseReason;
import org.koldoo.justice.Stage;
import org.koldoo.justice.VerdictOutcome;
import org.koldoo.justice.internal.JusticeForms.DefendantForm;
import org.koldoo.justice.internal.JusticeForms.EventForm;
import org.koldoo.justice.internal.JusticeForms.RegisterCase;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.victims.ExploitationType;
import org.koldoo.victims.Sex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case register, a case's timeline with its forms, the downgrade list, and the articles. */
@Controller
class JusticeController {

  private final CriminalCaseService cases;
  private final CriminalCaseRecords records;
  private final CaseEvents caseEvents;
  private final DefendantService defendantService;
  private final CaseBodies caseBodies;
  private final EnforcementOperations operations;
  private final JusticePolicy policy;
  private final JusticeRegister register;
  private final CriminalCaseWork work;
  private final ArticleCatalogue articles;
  private final Clock clock;
  private final org.koldoo.organisations.Organisations organisations;

  JusticeController(
      Justice justice,
      JusticeRegister register,
      ArticleCatalogue articles,
      CriminalCaseWork work,
      Clock clock,
      org.koldoo.organisations.Organisations organisations) {
    this.organisations = organisations;
    this.cases = justice.cases();
    this.records = justice.records();
    this.caseEvents = justice.events();
    this.defendantService = justice.defendants();
    this.caseBodies = justice.bodies();
    this.operations = justice.operations();
    this.policy = justice.policy();
    this.register = register;
    this.articles = articles;
    this.work = work;
    this.clock = clock;
  }

  @ModelAttribute
  void lists(Model model, Locale locale) {
    var all = articles.all();
    model.addAttribute("articles", all);
    model.addAttribute(
        "articlesByCode",
        all.stream()
            .collect(Collectors.toMap(ArticleCatalogue.Article::code, a -> a, (a, b) -> a)));
    model.addAttribute("stages", Stage.values());
    model.addAttribute("origins", CaseOrigin.values());
    model.addAttribute("exploitationTypes", ExploitationType.values());
    model.addAttribute("eventTypes", JusticePolicy.recordableEvents());
    model.addAttribute("closeReasons", CloseReason.values());
    model.addAttribute("verdictOutcomes", VerdictOutcome.values());
    model.addAttribute("appealOutcomes", AppealOutcome.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("articleClasses", ArticleClass.values());
    model.addAttribute("countries", Countries.in(locale));
  }

  @GetMapping("/justice")
  String list(
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) UUID article,
      @RequestParam(required = false) String exploitationType,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Boolean complicity,
      @RequestParam(required = false) Boolean downgraded,
      @RequestParam(defaultValue = "true") boolean includeNotInternational,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var filter =
        new JusticeRegister.Filter(
            stage,
            article,
            exploitationType,
            year,
            complicity,
            downgraded,
            includeNotInternational);
    model.addAttribute("filter", filter);
    model.addAttribute(
        "cases", register.search(filter, sort, Page.request(page, Page.DEFAULT_SIZE)));
    return "justice/list";
  }

  @GetMapping("/justice/downgrades")
  String downgrades(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "cases",
        register.search(
            new JusticeRegister.Filter(null, null, null, null, null, true, true),
            null,
            Page.request(page, Page.DEFAULT_SIZE)));
    return "justice/downgrades";
  }

  @GetMapping("/justice/new")
  String registerForm(Model model) {
    model.addAttribute(
        "form",
        new RegisterCase(null, LocalDate.now(clock), null, Set.of(), null, null, false, null));
    model.addAttribute("operations", operations.operations());
    return "justice/new";
  }

  @PostMapping("/justice/new")
  String registerCase(
      @Valid @ModelAttribute("form") RegisterCase form, BindingResult errors, Model model) {
    model.addAttribute("operations", operations.operations());
    return FormSubmission.submit(
        errors, () -> "redirect:/justice/" + cases.register(form), () -> "justice/new");
  }

  @GetMapping("/justice/{id}")
  String page(@PathVariable UUID id, Model model) {
    var c = records.load(id);
    model.addAttribute("row", register.row(c, articles.byId()));
    model.addAttribute("criminalCase", c);
    model.addAttribute("timeline", CaseTimeline.inOrder(records.events(id)));
    // who recorded each step, for which body; and the body that registered the case
    Map<UUID, String> codes = organisations.codes();
    Map<UUID, String> recorders = new java.util.HashMap<>();
    records
        .recorders(id)
        .forEach(
            (event, r) ->
                recorders.put(
                    event, r.username() + ", " + codes.getOrDefault(r.organisationId(), "?")));
    model.addAttribute("recorders", recorders);
    model.addAttribute("registeredBy", codes.getOrDefault(c.organisationId(), "?"));
    model.addAttribute("articlesById", articles.byId());
    model.addAttribute("defendants", records.defendants(id));
    model.addAttribute("names", records.defendantNames(id));
    model.addAttribute("victims", records.victims(id));
    // only the bodies handling the case are offered its forms; the service refuses everyone else
    UUID body = Actors.current().organisationId();
    boolean handles = policy.handles(id, body);
    model.addAttribute("handles", handles);
    if (handles) {
      // the case as work for the viewer's own body
      model.addAttribute("assignee", work.assignee(id, body).orElse(null));
      model.addAttribute("followUps", work.followUps(id, body));
      model.addAttribute("members", work.members(body));
      model.addAttribute("followUpKinds", org.koldoo.justice.FollowUpKind.values());
      model.addAttribute("outcomes", org.koldoo.victims.TaskOutcome.values());
      model.addAttribute("today", LocalDate.now(clock));
      model.addAttribute("me", Actors.current().username());
    }
    model.addAttribute("bodies", caseBodies.bodies(id));
    model.addAttribute("justiceBodies", caseBodies.justiceBodies());
    if (!model.containsAttribute("eventForm")) {
      model.addAttribute(
          "eventForm",
          new EventForm(
              null,
              LocalDate.now(clock),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    if (!model.containsAttribute("defendantForm")) {
      model.addAttribute(
          "defendantForm", new DefendantForm(null, null, null, null, null, false, null));
    }
    return "justice/page";
  }

  @PostMapping("/justice/{id}/events")
  String event(
      @PathVariable UUID id,
      @Valid @ModelAttribute("eventForm") EventForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          caseEvents.recordEvent(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/justice/" + id;
        },
        () -> page(id, model));
  }

  @PostMapping("/justice/{id}/defendants")
  String defendant(
      @PathVariable UUID id,
      @Valid @ModelAttribute("defendantForm") DefendantForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          defendantService.addDefendant(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/justice/" + id;
        },
        () -> page(id, model));
  }

  @PostMapping("/justice/{id}/victims")
  String victim(
      @PathVariable UUID id, @RequestParam String pseudonym, RedirectAttributes redirect) {
    try {
      cases.linkVictim(id, pseudonym);
      redirect.addFlashAttribute("saved", true);
    } catch (InvalidInput | ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/justice/" + id;
  }

  @PostMapping("/justice/{id}/bodies")
  String handOver(
      @PathVariable UUID id,
      @RequestParam(required = false) UUID organisationId,
      RedirectAttributes redirect) {
    try {
      if (organisationId == null) {
        throw new InvalidInput("organisationId", "case.unknownOrganisation");
      }
      caseBodies.handOver(id, organisationId);
      redirect.addFlashAttribute("saved", true);
    } catch (InvalidInput | ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/justice/" + id;
  }

  @PostMapping("/justice/{id}/definition")
  String definition(
      @PathVariable UUID id,
      @Valid @ModelAttribute JusticeForms.DefinitionForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    // the same form and limits as the API's: a note longer than its column is refused by name
    if (errors.hasErrors()) {
      redirect.addFlashAttribute(
          "actionError", errors.hasFieldErrors("note") ? "input.tooLong" : "error.validation");
      return "redirect:/justice/" + id;
    }
    cases.markDefinition(id, form.notInternationalDefinition(), form.note());
    redirect.addFlashAttribute("saved", true);
    return "redirect:/justice/" + id;
  }
}
