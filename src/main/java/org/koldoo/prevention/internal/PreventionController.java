package org.koldoo.prevention.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.organisations.Organisations;
import org.koldoo.organisations.Region;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.platform.web.Page;
import org.koldoo.prevention.CallChannel;
import org.koldoo.prevention.CallOutcome;
import org.koldoo.prevention.CallTopic;
import org.koldoo.prevention.CallerType;
import org.koldoo.prevention.FeeStage;
import org.koldoo.prevention.LicenceStatus;
import org.koldoo.prevention.ReportKind;
import org.koldoo.prevention.internal.AgencyForms.AgencyForm;
import org.koldoo.prevention.internal.AgencyForms.ReportForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hotline's call log and the agency registry, with CSV export of each list. */
@Controller
class PreventionController {

  private final HotlineService hotline;
  private final AgencyRegistry agencies;
  private final Organisations organisations;
  private final Clock clock;

  PreventionController(
      HotlineService hotline, AgencyRegistry agencies, Organisations organisations, Clock clock) {
    this.hotline = hotline;
    this.agencies = agencies;
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
    model.addAttribute("statuses", LicenceStatus.values());
    model.addAttribute("reportKinds", ReportKind.values());
    model.addAttribute("feeStages", FeeStage.values());
  }

  // ---- hotline -----------------------------------------------------------------------------

  @GetMapping("/hotline")
  String calls(
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) Boolean trafficking,
      @RequestParam(required = false) CallTopic topic,
      @RequestParam(required = false) UUID edit,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", edit == null ? freshCall() : hotline.form(edit));
    }
    model.addAttribute("editing", edit);
    model.addAttribute(
        "calls",
        hotline.search(from, to, trafficking, topic, Page.request(page, Page.DEFAULT_SIZE)));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("trafficking", trafficking);
    model.addAttribute("topic", topic);
    model.addAttribute(
        "pagerBase", "/hotline?" + (trafficking == null ? "" : "trafficking=" + trafficking));
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
        () -> calls(null, null, null, null, null, 0, model));
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
        () -> calls(null, null, null, null, id, 0, model));
  }

  @PostMapping("/hotline/{id}/case")
  String linkCase(
      @PathVariable UUID id, @RequestParam String pseudonym, RedirectAttributes redirect) {
    try {
      hotline.linkCase(id, pseudonym);
      redirect.addFlashAttribute("linked", true);
    } catch (InvalidInput e) {
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
    try (CSVPrinter out =
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
      for (var c : hotline.search(from, to, null, null, Page.request(0, 100_000)).items()) {
        out.printRecord(
            c.receivedAt(),
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
        LocalDateTime.now(clock.withZone(HotlineService.BISHKEK)).truncatedTo(ChronoUnit.MINUTES),
        CallChannel.PHONE,
        CallerType.MIGRANT_OR_FAMILY,
        "ky",
        null,
        null,
        Set.of(),
        false,
        CallOutcome.INFORMATION_GIVEN,
        null,
        null);
  }

  // ---- agencies ----------------------------------------------------------------------------

  @GetMapping("/agencies")
  String agencies(@RequestParam(required = false) String q, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new AgencyForm(
              null,
              null,
              LocalDate.now(clock),
              LocalDate.now(clock).plusYears(3),
              LicenceStatus.VALID,
              Set.of(),
              null));
    }
    model.addAttribute("q", q);
    model.addAttribute("agencies", agencies.search(q, 500));
    return "prevention/agencies";
  }

  @PostMapping("/agencies")
  String addAgency(
      @Valid @ModelAttribute("form") AgencyForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors, () -> "redirect:/agencies/" + agencies.add(form), () -> agencies(null, model));
  }

  @GetMapping("/agencies/{id}")
  String agency(@PathVariable UUID id, Model model) {
    var agency = agencies.get(id);
    model.addAttribute("agency", agency);
    model.addAttribute("reports", agencies.reports(id));
    model.addAttribute("feeCap", agencies.feeCap());
    if (!model.containsAttribute("form")) {
      model.addAttribute(
          "form",
          new AgencyForm(
              agency.licenceNumber(),
              agency.holder(),
              agency.validFrom(),
              agency.validTo(),
              agency.status(),
              Set.copyOf(agency.destinationCountries()),
              agency.version()));
    }
    if (!model.containsAttribute("reportForm")) {
      model.addAttribute(
          "reportForm",
          new ReportForm(
              ReportKind.FEE_REPORT, LocalDate.now(clock), null, FeeStage.PRE_DEPARTURE, null));
    }
    return "prevention/agency";
  }

  @PostMapping("/agencies/{id}")
  String updateAgency(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") AgencyForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          agencies.update(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/agencies/" + id;
        },
        () -> agency(id, model));
  }

  @PostMapping("/agencies/{id}/reports")
  String report(
      @PathVariable UUID id,
      @Valid @ModelAttribute("reportForm") ReportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> {
          agencies.report(id, form);
          redirect.addFlashAttribute("saved", true);
          return "redirect:/agencies/" + id;
        },
        () -> agency(id, model));
  }

  @GetMapping("/agencies/export.csv")
  void agenciesCsv(HttpServletResponse response) throws IOException {
    csv(response, "employment-agencies.csv");
    try (CSVPrinter out =
        printer(
            response,
            "licence_number",
            "holder",
            "valid_from",
            "valid_to",
            "status",
            "standing",
            "destination_countries")) {
      for (var a : agencies.search(null, 100_000)) {
        out.printRecord(
            a.licenceNumber(),
            a.holder(),
            a.validFrom(),
            a.validTo(),
            a.status(),
            a.standing(),
            String.join(";", a.destinationCountries()));
      }
    }
  }

  private static void csv(HttpServletResponse response, String name) {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private static CSVPrinter printer(HttpServletResponse response, String... header)
      throws IOException {
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter writer = response.getWriter();
    writer.write('\ufeff'); // so spreadsheet programs read the Cyrillic right
    return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }
}
