package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.statistics.Period;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The exports other bodies expect; each leaves only aggregates or k-anonymous records. */
@Component
class Exports {

  static final List<String> BODIES = List.of("GOVERNMENT", "NGO_WITH_GOVERNMENT", "NGO_OR_IO");
  static final List<String> SEXES =
      List.of("FEMALE", "MALE", "TRANSGENDER_OR_NONCONFORMING", "UNKNOWN");

  private final Glotip glotip;
  private final Ctdc ctdc;
  private final ReportEngine engine;
  private final MessageSource messages;

  Exports(Glotip glotip, Ctdc ctdc, ReportEngine engine, MessageSource messages) {
    this.glotip = glotip;
    this.ctdc = ctdc;
    this.engine = engine;
    this.messages = messages;
  }

  String glotip(int year) {
    return glotip.export(year);
  }

  Ctdc.Export ctdc(Period period, Ctdc.Separator separator) {
    return ctdc.export(period, separator);
  }

  /** Persons identified in the period by identifying body and sex, suppressed for publication. */
  Suppression.Table summaryTable(Period period) {
    Map<List<String>, Long> counts =
        engine.cross(Bases.IDENTIFIED, "count(distinct person_id)", period, "body", "sex");
    long[][] interior = new long[BODIES.size()][SEXES.size()];
    counts.forEach(
        (key, n) -> {
          int sex = SEXES.indexOf(key.get(1));
          interior[BODIES.indexOf(key.get(0))][sex < 0 ? SEXES.size() - 1 : sex] += n;
        });
    return Suppression.apply(interior);
  }

  String summary(Period period, Locale locale) {
    Suppression.Table table = summaryTable(period);
    StringWriter out = new StringWriter();
    List<String> header = new ArrayList<>();
    header.add(messages.getMessage("statistics.summary.corner", null, locale));
    SEXES.forEach(s -> header.add(messages.getMessage("Sex." + s, null, locale)));
    header.add(messages.getMessage("statistics.total", null, locale));
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (int r = 0; r < table.rows(); r++) {
        List<String> line = new ArrayList<>();
        line.add(
            r < BODIES.size()
                ? messages.getMessage("IdentifyingBody." + BODIES.get(r), null, locale)
                : messages.getMessage("statistics.total", null, locale));
        for (int c = 0; c < table.columns(); c++) {
          line.add(table.cell(r, c));
        }
        csv.printRecord(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
