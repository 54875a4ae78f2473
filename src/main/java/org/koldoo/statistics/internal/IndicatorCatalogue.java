package org.koldoo.statistics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Section;
import org.koldoo.statistics.Unit;
import org.springframework.stereotype.Component;

/**
 * Every figure the country chapter reports or says nobody could report, read once at start from
 * {@code statistics/indicators.tsv}: one line per indicator, in report order. A line that names an
 * unknown base, section, unit or breakdown, or a breakdown its base cannot give, stops the start.
 */
@Component
class IndicatorCatalogue {

  static final String RESOURCE = "/statistics/indicators.tsv";

  private final Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();

  IndicatorCatalogue() {
    try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          add(parse(line, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line: id, section, unit, base, breakdowns, measure — separated by tabs. */
  static IndicatorDefinition parse(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 6) {
      throw new IllegalStateException(
          RESOURCE + " line " + number + ": 6 tab-separated cells expected, " + cells.length);
    }
    Base base = Bases.BY_NAME.get(cells[3]);
    if (base == null) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": no base " + cells[3]);
    }
    List<Breakdown> breakdowns =
        cells[4].isBlank()
            ? List.of()
            : Arrays.stream(cells[4].split(","))
                .map(String::strip)
                .map(Breakdown::valueOf)
                .toList();
    return new IndicatorDefinition(
        cells[0].strip(),
        Section.valueOf(cells[1].strip()),
        Unit.valueOf(cells[2].strip()),
        base,
        cells[5].strip(),
        breakdowns);
  }

  private void add(IndicatorDefinition d) {
    for (Breakdown b : d.breakdowns()) {
      if (!d.base().dims().containsKey(b)) {
        throw new IllegalStateException(d.id() + ": its base has no " + b);
      }
    }
    if (d.measure().isBlank()) {
      throw new IllegalStateException(d.id() + ": no measure");
    }
    if (byId.put(d.id(), d) != null) {
      throw new IllegalStateException("indicator defined twice: " + d.id());
    }
  }

  List<IndicatorDefinition> all() {
    return new ArrayList<>(byId.values());
  }
}
