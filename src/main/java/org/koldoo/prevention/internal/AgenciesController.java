package org.koldoo.prevention.internal;

import static org.koldoo.platform.web.CsvDownloads.csv;
import static org.koldoo.platform.web.CsvDownloads.printer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Countries;
import org.koldoo.platform.web.CsvDownloads;
import org.koldoo.platform.web.FormSubmission;
import org.koldoo.platform.web.Page;
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

/** The licence registry of private employment agencies, their complaints and fee reports. */
@Controller
class AgenciesController {

  private final AgencyRegistry agencies;
  private final AgencyList list;
  private final Organisations organisations;
  private final Clock clock;

  AgenciesController(
      AgencyRegistry agencies, AgencyList list, Organisations organisations, Clock clock) {
    this.agencies = agencies;
    this.list = list;
    this.organisations = organisations;
    this.clock = clock;
  }

  @ModelAttribute
  void lists(Model model, Locale locale) {
    model.addAttribute("organisations", organisations.active());
    model.addAttribute("countries", Countries.in(locale));
    model.addAttribute("statuses", LicenceStatus.values());
    model.addAttribute("reportKinds", ReportKind.values());
    model.addAttribute("feeStages", FeeStage.values());
  }

  // ---- agencies ----------------------------------------------------------------------------

  @GetMapping("/agencies")
  String agencies(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
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
    var licences = list.page(q, sort, Page.request(page, Page.DEFAULT_SIZE));
    model.addAttribute("page", licences);
    model.addAttribute("agencies", licences.items());
    return "prevention/agencies";
  }

  @PostMapping("/agencies")
  String addAgency(
      @Valid @ModelAttribute("form") AgencyForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormSubmission.submit(
        errors,
        () -> "redirect:/agencies/" + agencies.add(form),
        () -> agencies(null, null, 0, model));
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
    try (CsvDownloads.Rows out =
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
}
