package org.koldoo.statistics.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.koldoo.platform.web.InvalidInput;
import org.koldoo.statistics.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Statistics",
    description =
        "Indicator catalogue, the annual report for any period and the international exports."
            + " Aggregates only: no export or report carries an identifying field.")
@PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ANALYST')")
class StatisticsApiController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AnnualReport report;
  private final Exports exports;

  private final java.time.Clock clock;

  StatisticsApiController(AnnualReport report, Exports exports, java.time.Clock clock) {
    this.report = report;
    this.exports = exports;
    this.clock = clock;
  }

  @GetMapping("/indicators")
  @Operation(summary = "Every indicator: id, section, unit, name and definition, breakdowns")
  List<AnnualReport.Indicator> indicators(Locale locale) {
    return report.catalogue(locale);
  }

  @GetMapping("/reports/annual")
  @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
  @Operation(
      summary = "Every indicator for a period (both days included) and the two before it",
      description =
          "Exact figures, for the national coordinator who answers for them; analysts read the"
              + " report page and documents, where 1–4 are shown as <5."
              + " value is null when no data stands behind the figure; dataGaps lists those ids;"
              + " fromPeriodTotals names the figures that include calls or inspections known only as period totals."
              + " previous holds the totals of the two periods of the same length before it;"
              + " breakdowns are of the period itself. Without dates: the last full calendar"
              + " year.")
  AnnualReport.Report annual(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale) {
    return report.compute(period(from, to, LocalDate.now(clock)), locale);
  }

  @GetMapping(value = "/exports/glotip", produces = "text/csv")
  @Operation(summary = "UNODC GLOTIP rows for a calendar year; counts 1–4 written <5")
  ResponseEntity<String> glotip(@RequestParam int year) {
    if (year < 1990 || year > 2100) {
      throw new InvalidInput("year", "statistics.yearOutOfRange");
    }
    return csv("glotip-" + year + ".csv", exports.glotip(year), java.util.Map.of());
  }

  @GetMapping(value = "/exports/ctdc", produces = "text/csv")
  @Operation(
      summary = "HTCDS/CTDC person-level records, k-anonymous (k ≥ 11)",
      description =
          "Separated by ';' as CTDC's own files are (separator=COMMA for ','). The"
              + " X-Suppressed-Records header says how many records were left out, and"
              + " X-Generalisation-Level how far the quasi-identifiers were coarsened (0: not at"
              + " all; 1: no age band, majority status kept; 2: and countries other than the"
              + " home country not reported; 3: and no majority status).")
  ResponseEntity<String> ctdc(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "SEMICOLON") Ctdc.Separator separator) {
    Ctdc.Export export = exports.ctdc(period(from, to, LocalDate.now(clock)), separator);
    return csv(
        "ctdc-" + from + "-" + to + ".csv",
        export.csv(),
        java.util.Map.of(
            "X-Suppressed-Records", Integer.toString(export.suppressed()),
            "X-Generalisation-Level", Integer.toString(export.generalisation())));
  }

  @GetMapping(value = "/exports/summary", produces = "text/csv")
  @Operation(
      summary = "Public table: victims identified by form of exploitation and sex",
      description =
          "Cells 1–4 and the cells that would reveal them are written <5 or x. The period is"
              + " from–to (both or neither); without dates, the last full calendar year. The"
              + " file's name says the period it counts.")
  ResponseEntity<String> summary(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Locale locale) {
    Period period = period(from, to, LocalDate.now(clock));
    return csv(
        "summary-" + period.from() + "-" + period.to() + ".csv",
        exports.summary(period, locale),
        java.util.Map.of());
  }

  /** The period asked for; without dates, the last full calendar year before {@code today}. */
  static Period period(LocalDate from, LocalDate to, LocalDate today) {
    if (from == null && to == null) {
      return Period.year(today.getYear() - 1);
    }
    if (from == null) {
      throw new InvalidInput("from", "statistics.fromRequired");
    }
    if (to == null) {
      throw new InvalidInput("to", "statistics.toRequired");
    }
    if (to.isBefore(from)) {
      throw new InvalidInput("to", "statistics.periodBackwards");
    }
    if (to.isAfter(from.plusYears(10))) {
      throw new InvalidInput("to", "statistics.periodTooLong");
    }
    return new Period(from, to);
  }

  private static ResponseEntity<String> csv(
      String filename, String body, java.util.Map<String, String> headers) {
    var response =
        ResponseEntity.ok()
            .contentType(CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
    headers.forEach(response::header);
    return response.body(body);
  }
}
