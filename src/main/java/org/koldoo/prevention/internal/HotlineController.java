package org.koldoo.prevention.internal;

import static org.koldoo.platform.web.CsvDownloads.csv;
import static org.koldoo.platform.web.CsvDownloads.printer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.security.Actors;
import org.koldoo.platform.web.ConflictException;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.CsvDownloads;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hotline call log: keyboard-first entry, corrections, links to the case a call started. */
@Controller
class HotlineController {

  private final HotlineService hotline;
  private final CallSearch calls;
  private final Organisations organisations;
  private final Clock clock;

  private final HotlinePeriodTotals totals;

  HotlineController(
      HotlineService hotline,
      CallSearch calls,
      Organisations organisations,
      Clock clock,
      HotlinePeriodTotals totals) {
    this.totals = totals;
    this.hotline = hotline;
    this.calls = calls;
    this.organisations = organisations;
    this.clock = clock;
  }

  @ModelAttribute
  void lists(Model model, Locale locale) {
    model.addAttribute("channels", CallChannel.values());
    model.addAttribute("callerTypes", CallerType.values());
    model.addAttribute("topics", CallTopic.values());
    model.addAttribute("outcomes", CallOutcome.values());
    model.addAttribute("regions", Region.values());
    model.addAttribute("organisations", organisations.active());
    model.addAttribute("countries", Countries.in(locale));
  }

  // ---- hotline -----------------------------------------------------------------------------

  @GetMapping("/hotline")
  String calls(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Boolean trafficking,
      @RequestParam(required = false) CallTopic topic,
      @RequestParam(required = false) CallOutcome outcome,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) @Size(max = 64) String operator,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) UUID edit,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    boolean logs = PreventionPolicy.logsCalls(Actors.current());
    model.addAttribute("mayLogCalls", logs);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", edit == null || !logs ? freshCall() : hotline.form(edit));
    }
    model.addAttribute("editing", logs ? edit : null);
    var filter = new CallSearch.CallFilter(from, to, trafficking, topic, outcome, region, operator);
    var found = calls.search(filter, sort, Page.request(page, Page.DEFAULT_SIZE));
    model.addAttribute("calls", found);
    // the calls of this page that the operator's own hotline logged: only those it corrects
    model.addAttribute(
        "ownCalls", logs ? hotline.ownOf(found.items().stream().map(Call::id).toList()) : Set.of());
    // the hotline's own totals by period (imported or sent over the API), latest first
    model.addAttribute("periodTotals", totals.page(Page.request(0, 12)));
    model.addAttribute("filter", filter);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("trafficking", trafficking);
    model.addAttribute("topic", topic);
    // the bodies callers were referred to, by their codes (read for the page, not every request)
    model.addAttribute("organisationNames", organisations.codes());
    return "prevention/hotline";
  }

  @PostMapping("/hotline")
  String log(
      @Valid @ModelAttribute("form") HotlineForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          hotline.log(form);
          redirect.addFlashAttribute("logged", true);
          return "redirect:/hotline";
        },
        () -> calls(null, null, null, null, null, null, null, null, null, 0, model));
  }

  @PostMapping("/hotline/{id}")
  String correct(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") HotlineForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          hotline.correct(id, form);
          redirect.addFlashAttribute("logged", true);
          return "redirect:/hotline";
        },
        () -> calls(null, null, null, null, null, null, null, null, id, 0, model));
  }

  @PostMapping("/hotline/{id}/case")
  String linkCase(
      @PathVariable UUID id, @RequestParam String pseudonym, RedirectAttributes redirect) {
    try {
      hotline.linkCase(id, pseudonym);
      redirect.addFlashAttribute("linked", true);
    } catch (InvalidInput | ConflictException e) {
      redirect.addFlashAttribute("actionError", e.messageKey());
    }
    return "redirect:/hotline";
  }

  @GetMapping("/hotline/export.csv")
  void callsCsv(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    csv(response, "hotline-calls.csv");
    try (CsvDownloads.Rows out =
        printer(
            response,
            "received_at",
            "channel",
            "caller_type",
            "language",
            "region",
            "country",
            "topics",
            "trafficking_related",
            "outcome",
            "led_to_nrm_case")) {
      var filter = new CallSearch.CallFilter(from, to, null, null, null, null, null);
      for (var c : calls.all(filter)) {
        out.printRecord(
            // local time with its offset: the hour the operator entered, unambiguous elsewhere
            c.receivedAt().atZone(clock.getZone()).toOffsetDateTime(),
            c.channel(),
            c.callerType(),
            c.language(),
            c.region(),
            c.country(),
            String.join(";", c.topics().stream().map(Enum::name).toList()),
            c.traffickingRelated(),
            c.outcome(),
            c.victimCaseId() != null);
      }
    }
  }

  private HotlineForm freshCall() {
    return new HotlineForm(
        LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES),
        CallChannel.PHONE,
        CallerType.MIGRANT_OR_FAMILY,
        "ky",
        null,
        null,
        Set.of(),
        false,
        CallOutcome.INFORMATION_GIVEN,
        null,
        null,
        null,
        false,
        null);
  }
}
