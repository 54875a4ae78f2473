package org.koldoo.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual report page (and its PDF and XLSX) and the dashboard, for national roles. */
@Controller
class ReportController {

  private final AnnualReport report;
  private final ReportView views;
  private final ReportDocuments documents;
  private final Exports exports;
  private final MessageSource messages;

  ReportController(
      AnnualReport report,
      ReportView views,
      ReportDocuments documents,
      Exports exports,
      MessageSource messages) {
    this.report = report;
    this.views = views;
    this.documents = documents;
    this.exports = exports;
    this.messages = messages;
  }

  @GetMapping({"/reports", "/reports/annual"})
  String annual(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale,
      Model model) {
    Period period;
    try {
      period = StatisticsApiController.period(from, to);
    } catch (InvalidInput e) {
      model.addAttribute("error", messages.getMessage(e.messageKey(), null, locale));
      period = StatisticsApiController.period(null, null);
    }
    ReportView.View view = views.of(report.compute(period, locale), locale);
    model.addAttribute("report", view);
    model.addAttribute("summary", exports.summaryTable(period));
    model.addAttribute("bodies", Exports.BODIES);
    model.addAttribute("sexes", Exports.SEXES);
    int year = LocalDate.now().getYear() - 1;
    model.addAttribute("calendarYear", Period.year(year));
    model.addAttribute("reportPeriod", Period.aprilToMarch(year - 1));
    return "statistics/annual";
  }

  @GetMapping("/reports/annual.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale) {
    return document(
        from,
        to,
        locale,
        documents::xlsx,
        "xlsx",
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  }

  @GetMapping("/reports/annual.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale) {
    return document(from, to, locale, documents::pdf, "pdf", MediaType.APPLICATION_PDF);
  }

  /** The report for the period as a downloadable document. */
  private ResponseEntity<byte[]> document(
      LocalDate from,
      LocalDate to,
      Locale locale,
      java.util.function.BiFunction<ReportView.View, Locale, byte[]> render,
      String extension,
      MediaType type) {
    Period period = StatisticsApiController.period(from, to);
    ReportView.View view = views.of(report.compute(period, locale), locale);
    return file(
        render.apply(view, locale),
        "annual-report-" + period.from() + "-" + period.to() + "." + extension,
        type);
  }

  private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
  }

  /** Series for the dashboard's charts, labelled in the reader's language. */
  record Chart(String id, String title, List<String> labels, List<Long> values) {}

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) Integer year, Locale locale, Model model) {
    int last = year == null ? LocalDate.now().getYear() - 1 : year;
    if (last < 1990 || last > 2100) {
      throw new InvalidInput("year", "statistics.yearOutOfRange");
    }
    // five years of trends: this report and the one three years earlier cover them
    AnnualReport.Report now = report.compute(Period.year(last), locale);
    AnnualReport.Report earlier = report.compute(Period.year(last - 3), locale);
    List<String> years = new ArrayList<>();
    for (int y = last - 5; y <= last; y++) {
      years.add(Integer.toString(y));
    }
    List<Chart> trends = new ArrayList<>();
    for (String id : List.of("V0", "P1", "P4A", "P4B", "P3", "R6", "R6B")) {
      List<Long> values = new ArrayList<>();
      AnnualReport.Line e = earlier.line(id);
      AnnualReport.Line n = now.line(id);
      values.add(e.previous().get(1));
      values.add(e.previous().get(0));
      values.add(e.value());
      values.add(n.previous().get(1));
      values.add(n.previous().get(0));
      values.add(n.value());
      trends.add(new Chart(id, n.name(), years, values));
    }
    List<Chart> shares = new ArrayList<>();
    for (Breakdown b :
        List.of(
            Breakdown.EXPLOITATION_TYPE,
            Breakdown.SEX,
            Breakdown.AGE_GROUP,
            Breakdown.CITIZENSHIP,
            Breakdown.COUNTRY_OF_EXPLOITATION,
            Breakdown.IDENTIFYING_BODY)) {
      Map<String, Long> counts = now.line("V0").breakdowns().getOrDefault(b, Map.of());
      Map<String, Long> labelled = new LinkedHashMap<>();
      counts.forEach((k, v) -> labelled.merge(views.label(b, k, locale), v, Long::sum));
      shares.add(
          new Chart(
              b.name(),
              views.text(b.messageKey(), locale),
              List.copyOf(labelled.keySet()),
              List.copyOf(labelled.values())));
    }
    model.addAttribute("year", last);
    model.addAttribute("trends", trends);
    model.addAttribute("shares", shares);
    model.addAttribute("protectionFunnel", funnel(now, List.of("V5B", "V0", "V19", "V20")));
    model.addAttribute("justiceFunnel", funnel(now, List.of("P1", "P4A", "P4B")));
    model.addAttribute("downgrades", funnel(now, List.of("P1", "P3")));
    model.addAttribute("hotline", funnel(now, List.of("R6", "R6B", "R6C")));
    return "statistics/dashboard";
  }

  private static Chart funnel(AnnualReport.Report r, List<String> ids) {
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (String id : ids) {
      AnnualReport.Line l = r.line(id);
      labels.add(l.name());
      values.add(l.value());
    }
    return new Chart(String.join("-", ids), "", labels, values);
  }
}
