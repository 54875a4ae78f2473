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
  private final java.time.Clock clock;

  ReportController(
      AnnualReport report,
      ReportView views,
      ReportDocuments documents,
      Exports exports,
      MessageSource messages,
      java.time.Clock clock) {
    this.clock = clock;
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
      period = StatisticsApiController.period(from, to, LocalDate.now(clock));
    } catch (InvalidInput e) {
      model.addAttribute("error", messages.getMessage(e.messageKey(), null, locale));
      period = StatisticsApiController.period(null, null, LocalDate.now(clock));
    }
    ReportView.View view = views.of(report.compute(period, locale), locale, masked());
    model.addAttribute("report", view);
    model.addAttribute("masked", masked());
    model.addAttribute("summary", exports.summaryTable(period));
    model.addAttribute("bodies", Exports.BODIES);
    model.addAttribute("sexes", Exports.SEXES);
    int year = LocalDate.now(clock).getYear() - 1;
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
    Period period = StatisticsApiController.period(from, to, LocalDate.now(clock));
    ReportView.View view = views.of(report.compute(period, locale), locale, masked());
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

  /**
   * Whether the reader sees aggregates only: everyone but the national coordinator, who answers for
   * the figures, sees counts of 1–4 as {@code <5}.
   */
  static boolean masked() {
    return !org.koldoo.platform.security.Actors.current()
        .roles()
        .contains(org.koldoo.platform.security.Role.NATIONAL_COORDINATOR);
  }

  /**
   * Series for the dashboard's charts, labelled in the reader's language. A value a masked reader
   * may not see exactly is null (not drawn) and its label says {@code <5}.
   */
  record Chart(String id, String title, List<String> labels, List<Long> values) {}

  /** A figure as a chart may draw it: null for no data, and for 1–4 when masked. */
  private static Long drawn(Long v, boolean masked) {
    return v == null || (masked && ReportView.small(v)) ? null : v;
  }

  /**
   * A share chart that cannot show one person: nothing when fewer than five persons are counted;
   * categories under five are drawn together as one slice, and a lone small category (or a slice
   * still under five) takes the smallest other one into it, so no category's count under five can
   * be read off.
   */
  static Chart shares(
      String id, String title, Map<String, Long> counts, Long total, String others) {
    if (total == null || total < Suppression.THRESHOLD) {
      return new Chart(id, title, List.of(), List.of());
    }
    Map<String, Long> big = new LinkedHashMap<>();
    long pooled = 0;
    int small = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() >= Suppression.THRESHOLD) {
        big.put(e.getKey(), e.getValue());
      } else if (e.getValue() > 0) {
        pooled += e.getValue();
        small++;
      }
    }
    // a lone small category, or a pooled slice still under five, takes the smallest other one
    while ((small == 1 || (pooled > 0 && pooled < Suppression.THRESHOLD)) && !big.isEmpty()) {
      String partner =
          big.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
      pooled += big.remove(partner);
      small = 0;
    }
    List<String> labels = new ArrayList<>(big.keySet());
    List<Long> values = new ArrayList<>(big.values());
    if (pooled > 0) {
      labels.add(others);
      values.add(pooled);
    }
    return new Chart(id, title, labels, values);
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) Integer year, Locale locale, Model model) {
    boolean masked = masked();
    int last = year == null ? LocalDate.now(clock).getYear() - 1 : year;
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
      values.add(drawn(e.previous().get(1), masked));
      values.add(drawn(e.previous().get(0), masked));
      values.add(drawn(e.value(), masked));
      values.add(drawn(n.previous().get(1), masked));
      values.add(drawn(n.previous().get(0), masked));
      values.add(drawn(n.value(), masked));
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
          shares(
              b.name(),
              views.text(b.messageKey(), locale),
              labelled,
              now.line("V0").value(),
              views.text("statistics.othersUnderFive", locale)));
    }
    model.addAttribute("year", last);
    model.addAttribute("trends", trends);
    model.addAttribute("shares", shares);
    model.addAttribute("masked", masked);
    model.addAttribute("protectionFunnel", funnel(now, List.of("V5B", "V0", "V19", "V20"), masked));
    model.addAttribute("justiceFunnel", funnel(now, List.of("P1", "P4A", "P4B"), masked));
    model.addAttribute("downgrades", funnel(now, List.of("P1", "P3"), masked));
    model.addAttribute("hotline", funnel(now, List.of("R6", "R6B", "R6C"), masked));
    return "statistics/dashboard";
  }

  private static Chart funnel(AnnualReport.Report r, List<String> ids, boolean masked) {
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (String id : ids) {
      AnnualReport.Line l = r.line(id);
      Long drawn = drawn(l.value(), masked);
      labels.add(
          drawn == null && l.value() != null ? l.name() + " (" + ReportView.SMALL + ")" : l.name());
      values.add(drawn);
    }
    return new Chart(String.join("-", ids), "", labels, values);
  }
}
