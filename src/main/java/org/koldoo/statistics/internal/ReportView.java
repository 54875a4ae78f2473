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

  record Count(String label, long count) {}

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
      Long pendingLinks) {

    public String shown(Long v, String gap) {
      return v == null ? gap : Long.toString(v);
    }
  }

  record Part(Section section, String title, List<Line> lines) {}

  record View(
      LocalDate from,
      LocalDate to,
      List<Period> previousPeriods,
      List<Part> parts,
      List<Line> gaps,
      String gapLabel) {}

  View of(AnnualReport.Report report, Locale locale) {
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
                tables(l.breakdowns(), locale),
                l.pendingLinks());
        lines.add(line);
        if (l.value() == null) {
          gaps.add(line);
        }
      }
      parts.add(new Part(section, text(section.messageKey(), locale), lines));
    }
    return new View(
        report.from(),
        report.to(),
        report.previousPeriods(),
        parts,
        gaps,
        text("statistics.noData", locale));
  }

  private static String trend(Long now, Long before) {
    if (now == null || before == null) {
      return "";
    }
    return now > before ? "▲" : now < before ? "▼" : "=";
  }

  private List<Table> tables(Map<Breakdown, Map<String, Long>> breakdowns, Locale locale) {
    List<Table> tables = new ArrayList<>();
    breakdowns.forEach(
        (b, counts) -> {
          if (counts.isEmpty()) {
            return;
          }
          List<Count> rows = new ArrayList<>();
          counts.forEach((key, n) -> rows.add(new Count(label(b, key, locale), n)));
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
