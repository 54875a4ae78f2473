package org.koldoo.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koldoo.platform.web.Countries;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.koldoo.statistics.Section;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report with every label resolved in the reader's language, for the page, PDF and XLSX. */
@Component
class ReportView {

  private final MessageSource messages;

  ReportView(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * A breakdown cell: its count, and what is shown of it ({@code <5} for 1–4, {@code x} for a count
   * hidden so that a small one cannot be worked out from the line's total).
   */
  record Count(String label, long count, String shown) {}

  record Table(String title, List<Count> counts) {}

  record Line(
      String id,
      String name,
      String definition,
      String unit,
      Long value,
      Long previous,
      Long beforeThat,
      String trend,
      List<Table> breakdowns,
      Long pendingLinks,
      boolean masked) {

    /** The figure as shown: the gap label, {@code <5} for 1–4 when masked, else the number. */
    public String shown(Long v, String gap) {
      if (v == null) {
        return gap;
      }
      return masked && small(v) ? SMALL : Long.toString(v);
    }

    /** Whether the figure is shown as it is (a number a spreadsheet can add up). */
    public boolean exact(Long v) {
      return v != null && !(masked && small(v));
    }
  }

  static final String SMALL = "<" + Suppression.THRESHOLD;

  static boolean small(long n) {
    return n > 0 && n < Suppression.THRESHOLD;
  }

  record Part(Section section, String title, List<Line> lines) {}

  record View(
      LocalDate from,
      LocalDate to,
      List<Period> previousPeriods,
      List<Part> parts,
      List<Line> gaps,
      String gapLabel,
      List<Line> fromPeriodTotals) {}

  View of(AnnualReport.Report report, Locale locale) {
    return of(report, locale, false);
  }

  /**
   * The report as a reader sees it. {@code masked}: figures of 1–4 are shown as {@code <5}, and in
   * each breakdown a lone small cell takes a partner with it, so no person can be singled out.
   */
  View of(AnnualReport.Report report, Locale locale, boolean masked) {
    List<Part> parts = new ArrayList<>();
    List<Line> gaps = new ArrayList<>();
    for (Section section : Section.values()) {
      List<Line> lines = new ArrayList<>();
      for (AnnualReport.Line l : report.indicators()) {
        if (l.section() != section) {
          continue;
        }
        Line line =
            new Line(
                l.id(),
                l.name(),
                l.definition(),
                text("Unit." + l.unit().name(), locale),
                l.value(),
                l.previous().get(0),
                l.previous().get(1),
                trend(l.value(), l.previous().get(0)),
                tables(l.breakdowns(), locale, masked),
                l.pendingLinks(),
                masked);
        lines.add(line);
        if (l.value() == null) {
          gaps.add(line);
        }
      }
      parts.add(new Part(section, text(section.messageKey(), locale), lines));
    }
    List<Line> fromTotals =
        parts.stream()
            .flatMap(p -> p.lines().stream())
            .filter(l -> report.fromPeriodTotals().contains(l.id()))
            .toList();
    return new View(
        report.from(),
        report.to(),
        report.previousPeriods(),
        parts,
        gaps,
        text("statistics.noData", locale),
        fromTotals);
  }

  private static String trend(Long now, Long before) {
    if (now == null || before == null) {
      return "";
    }
    return now > before ? "▲" : now < before ? "▼" : "=";
  }

  private List<Table> tables(
      Map<Breakdown, Map<String, Long>> breakdowns, Locale locale, boolean masked) {
    List<Table> tables = new ArrayList<>();
    breakdowns.forEach(
        (b, counts) -> {
          if (counts.isEmpty()) {
            return;
          }
          List<String> keys = new ArrayList<>(counts.keySet());
          long[][] interior = new long[1][keys.size()];
          for (int i = 0; i < keys.size(); i++) {
            interior[0][i] = counts.get(keys.get(i));
          }
          Suppression.Table marks = Suppression.apply(interior);
          List<Count> rows = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            long n = interior[0][i];
            rows.add(
                new Count(
                    label(b, keys.get(i), locale),
                    n,
                    masked ? marks.cell(0, i) : Long.toString(n)));
          }
          rows.sort((x, y) -> Long.compare(y.count(), x.count()));
          tables.add(new Table(text(b.messageKey(), locale), rows));
        });
    return tables;
  }

  String label(Breakdown b, String key, Locale locale) {
    if ("UNKNOWN".equals(key)) {
      return text("statistics.unknown", locale);
    }
    if (b.codeList() == null) {
      return key;
    }
    if (b.codeList().equals("Country")) {
      return Countries.name(key, locale);
    }
    return messages.getMessage(b.codeList() + "." + key, null, key, locale);
  }

  String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
