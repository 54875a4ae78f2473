package org.koldoo.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.koldoo.statistics.Section;
import org.koldoo.statistics.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The annual country report: every indicator for a period beside the two before it. */
@Component
class AnnualReport {

  private final ReportEngine engine;
  private final IndicatorCatalogue catalogue;
  private final MessageSource messages;

  private final PeriodTotalsNote totals;
  private final io.micrometer.core.instrument.Timer timer;

  AnnualReport(
      ReportEngine engine,
      IndicatorCatalogue catalogue,
      MessageSource messages,
      PeriodTotalsNote totals,
      io.micrometer.core.instrument.MeterRegistry meters) {
    this.totals = totals;
    this.timer =
        io.micrometer.core.instrument.Timer.builder("koldoo.report")
            .description("Computing the annual report's figures for a period")
            .register(meters);
    this.engine = engine;
    this.catalogue = catalogue;
    this.messages = messages;
  }

  record Indicator(
      String id,
      Section section,
      Unit unit,
      String name,
      String definition,
      List<Breakdown> breakdowns) {}

  record Line(
      String id,
      Section section,
      Unit unit,
      String name,
      String definition,
      Long value,
      List<Long> previous,
      Map<Breakdown, Map<String, Long>> breakdowns,
      Long pendingLinks) {}

  record Report(
      LocalDate from,
      LocalDate to,
      List<Period> previousPeriods,
      List<Line> indicators,
      List<String> dataGaps,
      List<String> fromPeriodTotals) {

    Line line(String id) {
      return indicators.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
  }

  List<Indicator> catalogue(Locale locale) {
    return catalogue.all().stream()
        .map(
            d ->
                new Indicator(
                    d.id(),
                    d.section(),
                    d.unit(),
                    messages.getMessage(d.nameKey(), null, locale),
                    messages.getMessage(d.definitionKey(), null, locale),
                    d.breakdowns()))
        .toList();
  }

  Report compute(Period period, Locale locale) {
    return timer.record(() -> compute(engine.compute(period), period, locale));
  }

  Report compute(Computation c, Period period, Locale locale) {
    List<Line> lines = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (IndicatorDefinition d : catalogue.all()) {
      List<Figure> f = c.figures().get(d.id());
      Figure now = f.get(0);
      if (!now.hasData()) {
        gaps.add(d.id());
      }
      List<Long> previous = new ArrayList<>(2);
      previous.add(f.get(1).value());
      previous.add(f.get(2).value());
      lines.add(
          new Line(
              d.id(),
              d.section(),
              d.unit(),
              messages.getMessage(d.nameKey(), null, locale),
              messages.getMessage(d.definitionKey(), null, locale),
              now.value(),
              previous,
              now.breakdowns(),
              now.pendingLinks()));
    }
    // figures that count what is known only as totals for a period say so
    java.util.Set<Base> fromTotalBases = new java.util.HashSet<>();
    if (totals.hotlineTotalsCount(period)) {
      fromTotalBases.add(RegistryBases.HOTLINE);
    }
    if (totals.inspectionTotalsCount(period)) {
      fromTotalBases.add(RegistryBases.INSPECTIONS);
    }
    List<String> fromTotals =
        catalogue.all().stream()
            .filter(d -> fromTotalBases.contains(d.base()))
            .map(IndicatorDefinition::id)
            .toList();
    return new Report(
        period.from(),
        period.to(),
        c.periods().subList(1, 3),
        lines,
        List.copyOf(gaps),
        fromTotals);
  }
}
