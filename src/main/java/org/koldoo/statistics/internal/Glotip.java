package org.koldoo.statistics.internal;

import static org.koldoo.statistics.internal.GlotipCodes.*;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The UNODC GLOTIP rows for a calendar year, with the structure of UNODC's published data file:
 * Source {@code GLOTIP}, unit {@code Counts}, no row for a count of 0, counts 1–4 written {@code
 * <5}, thousands written {@code "1,757"}; figures without data behind them are left out.
 *
 * <ul>
 *   <li>Detected trafficking victims: {@code Total} and {@code by form of exploitation}, each with
 *       the sex × age grid; {@code by citizenship} and {@code by country of repatriation} with sex
 *       and age {@code Total} only.
 *   <li>Victims {@code by country of repatriation}, both directions: foreign victims sent home
 *       (their country) and nationals brought home (the country they came from).
 *   <li>Persons brought into formal contact, prosecuted and convicted: {@code Total} with the grid
 *       (age from the defendant's date or year of birth); persons convicted also {@code by
 *       citizenship} and {@code by form of exploitation}. Offences: {@code Total} only.
 *   <li>The grid: sex {@code Total}, {@code Female}, {@code Male}, {@code Other} × age {@code
 *       Total}, {@code 0 to 17 years}, {@code 18 years or over}, and the one combination {@code
 *       Unknown} × {@code Unknown} for persons whose sex or age is not known.
 *   <li>Forms: {@code Sexual exploitation}, {@code Forced labour}, {@code Other forms of
 *       exploitation}; a person counts once in each category their forms fall in.
 *   <li>Countries by UNODC's names ({@link UnodcCountries}), not the JDK's.
 * </ul>
 */
@Component
class Glotip {

  private final ReportEngine engine;
  private final String iso3;
  private final String country;
  private final String region;
  private final String subregion;

  Glotip(
      ReportEngine engine,
      @Value("${koldoo.statistics.country-iso2:KG}") String countryIso2,
      @Value("${koldoo.statistics.region:Asia}") String region,
      @Value("${koldoo.statistics.subregion:Central Asia}") String subregion) {
    this.engine = engine;
    this.iso3 = new Locale("", countryIso2).getISO3Country();
    this.country = UnodcCountries.name(countryIso2);
    this.region = region;
    this.subregion = subregion;
  }

  private record Row(
      String indicator, String dimension, String category, String sex, String age, long value) {}

  /**
   * Persons by GLOTIP form, each once in every category their forms fall in: with the sex × age
   * grid ({@code grid}) or with sex and age {@code Total} only.
   */
  private void byForm(
      CSVPrinter csv, int year, String indicator, Collection<GlotipPerson> persons, boolean grid)
      throws IOException {
    for (String form : List.of(SEXUAL, LABOUR, OTHER_FORMS)) {
      List<GlotipPerson> in = persons.stream().filter(p -> p.forms().contains(form)).toList();
      if (grid) {
        grid(csv, year, indicator, "by form of exploitation", form, in);
      } else {
        print(
            csv,
            year,
            new Row(indicator, "by form of exploitation", form, "Total", "Total", in.size()));
      }
    }
  }

  String export(int year) {
    Period period = Period.year(year);
    Computation c = engine.compute(period);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.split(",")).get())) {
      Figure victims = c.current("V0");
      String indicator = "Detected trafficking victims";
      if (victims.hasData()) {
        Map<Object, GlotipPerson> all = new LinkedHashMap<>();
        for (Object[] r :
            engine.rows(
                Bases.IDENTIFIED, period, "person_id", "sex", "age_group", "exploitation_types")) {
          GlotipPerson.add(all, r);
        }
        grid(csv, year, indicator, "Total", "Total", all.values());
        byForm(csv, year, indicator, all.values(), true);
        byCountry(csv, year, indicator, victims, Breakdown.CITIZENSHIP);
      }
      if (c.current("V9B").hasData()) {
        repatriations(csv, year, indicator, period);
      }
      offenders(
          csv,
          year,
          "Persons brought into formal contact",
          c.current("P14"),
          period,
          Bases.SUSPECTS);
      offenders(csv, year, "Persons prosecuted", c.current("P4A"), period, Bases.PROSECUTED);
      offenders(csv, year, "Persons convicted", c.current("P4B"), period, null);
      Figure offences = c.current("P1");
      if (offences.hasData()) {
        print(
            csv,
            year,
            new Row(
                "Offences of trafficking in persons",
                "Total",
                "Total",
                "Total",
                "Total",
                offences.value()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The sex × age grid of some persons, and Unknown × Unknown for those not fully known. */
  private void grid(
      CSVPrinter csv,
      int year,
      String indicator,
      String dimension,
      String category,
      Collection<GlotipPerson> persons)
      throws IOException {
    for (String sex : SEXES) {
      for (String age : AGES) {
        long n =
            persons.stream()
                .filter(p -> sex.equals("Total") || sex.equals(p.sex()))
                .filter(p -> age.equals("Total") || age.equals(p.age()))
                .count();
        print(csv, year, new Row(indicator, dimension, category, sex, age, n));
      }
    }
    long unknown = persons.stream().filter(GlotipPerson::unknown).count();
    print(csv, year, new Row(indicator, dimension, category, UNKNOWN, UNKNOWN, unknown));
  }

  /**
   * Offenders with the sex × age grid (age at the registration, the sending to court or the
   * verdict, from their date or year of birth); persons convicted also by citizenship and by form
   * of exploitation of their case, with sex and age {@code Total} only.
   */
  private void offenders(
      CSVPrinter csv, int year, String indicator, Figure f, Period period, Base base)
      throws IOException {
    if (!f.hasData()) {
      return;
    }
    // persons convicted are read from the verdicts (base null), the others from their own base
    boolean convicted = base == null;
    Map<Object, GlotipPerson> persons = new LinkedHashMap<>();
    if (convicted) {
      for (Object[] r :
          engine.rows(
              Bases.EVENTS,
              period,
              "defendant_id",
              "sex",
              "age_group",
              "exploitation_types",
              "citizenship",
              "event_type",
              "outcome",
              "class_at")) {
        if (r[0] != null
            && "VERDICT".equals(r[5])
            && "CONVICTED".equals(r[6])
            && "TRAFFICKING".equals(r[7])) {
          GlotipPerson.add(persons, r);
        }
      }
    } else {
      for (Object[] r :
          engine.rows(
              base,
              period,
              "defendant_id",
              "sex",
              "age_group",
              "exploitation_types",
              "citizenship")) {
        GlotipPerson.add(persons, r);
      }
    }
    grid(csv, year, indicator, "Total", "Total", persons.values());
    if (convicted) {
      byCitizenship(csv, year, indicator, persons.values());
      byForm(csv, year, indicator, persons.values(), false);
    }
  }

  /** Persons by citizenship (UNODC's country names), sex and age {@code Total}. */
  private void byCitizenship(
      CSVPrinter csv, int year, String indicator, Collection<GlotipPerson> persons)
      throws IOException {
    for (var e : GlotipPerson.byCitizenship(persons).entrySet()) {
      print(
          csv,
          year,
          new Row(indicator, "by citizenship", e.getKey(), "Total", "Total", e.getValue()));
    }
  }

  /**
   * Victims repatriated, in both directions UNODC's file uses: foreign victims sent home from here
   * (the category is the country they returned to) and nationals brought home, from a country of
   * exploitation or a conflict zone (the category is the country they returned from). A person
   * counts once per country.
   */
  private void repatriations(CSVPrinter csv, int year, String indicator, Period period)
      throws IOException {
    Map<String, Set<Object>> byCountry = new TreeMap<>();
    for (Object[] r : engine.rows(Bases.RETURNS, period, "person_id", "kind", "country")) {
      if (r[2] == null || "".equals(r[2]) || !REPATRIATIONS.contains((String) r[1])) {
        continue;
      }
      byCountry.computeIfAbsent(UnodcCountries.name((String) r[2]), k -> new HashSet<>()).add(r[0]);
    }
    for (var e : byCountry.entrySet()) {
      print(
          csv,
          year,
          new Row(
              indicator,
              "by country of repatriation",
              e.getKey(),
              "Total",
              "Total",
              e.getValue().size()));
    }
  }

  private void byCountry(CSVPrinter csv, int year, String indicator, Figure f, Breakdown b)
      throws IOException {
    String dimension =
        switch (b) {
          case CITIZENSHIP -> "by citizenship";
          default -> throw new IllegalArgumentException(b.name());
        };
    Map<String, Long> categories = new TreeMap<>();
    f.breakdowns()
        .getOrDefault(b, Map.of())
        .forEach(
            (k, v) -> {
              if (!k.equals("UNKNOWN")) {
                categories.merge(UnodcCountries.name(k), v, Long::sum);
              }
            });
    for (var e : categories.entrySet()) {
      print(csv, year, new Row(indicator, dimension, e.getKey(), "Total", "Total", e.getValue()));
    }
  }

  /** Writes a row, unless its count is 0: UNODC's file has none. */
  private void print(CSVPrinter csv, int year, Row r) throws IOException {
    if (r.value() == 0) {
      return;
    }
    csv.printRecord(
        iso3,
        country,
        region,
        subregion,
        r.indicator(),
        r.dimension(),
        r.category(),
        r.sex(),
        r.age(),
        year,
        "Counts",
        value(r.value()),
        SOURCE);
  }
}
