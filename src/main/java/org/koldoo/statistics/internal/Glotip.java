package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *   <li>Persons brought into formal contact, prosecuted and convicted: {@code Total} with the grid
 *       (offenders' ages are not recorded, so their age is {@code Unknown}); persons convicted also
 *       {@code by form of exploitation}. Offences: {@code Total} only.
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

  static final String HEADER =
      "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
          + "Unit of measurement,txtVALUE,Source";

  /** What UNODC's file says in its Source column, on every row. */
  static final String SOURCE = "GLOTIP";

  static final Map<String, String> SEX =
      Map.of("FEMALE", "Female", "MALE", "Male", "TRANSGENDER_OR_NONCONFORMING", "Other");
  static final Map<String, String> AGE =
      Map.of("CHILD", "0 to 17 years", "ADULT", "18 years or over");
  static final List<String> SEXES = List.of("Total", "Female", "Male", "Other");
  static final List<String> AGES = List.of("Total", "0 to 17 years", "18 years or over");
  static final String UNKNOWN = "Unknown";

  static final String SEXUAL = "Sexual exploitation";
  static final String LABOUR = "Forced labour";
  static final String OTHER_FORMS = "Other forms of exploitation";

  /** The GLOTIP category of one of Koldoo's forms of exploitation; null for an unknown form. */
  static String form(String type) {
    return switch (type) {
      case "SEXUAL_EXPLOITATION" -> SEXUAL;
      case "FORCED_LABOUR" -> LABOUR;
      case "", "UNKNOWN" -> null;
      default -> OTHER_FORMS;
    };
  }

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

  /** A person as the grid sees them: sex and age group as GLOTIP names them (null if unknown). */
  record Person(String sex, String age) {

    boolean unknown() {
      return sex == null || age == null;
    }
  }

  String export(int year) {
    Period period = Period.year(year);
    ReportEngine.Computation c = engine.compute(period);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.split(",")).get())) {
      Figure victims = c.current("V0");
      if (victims.hasData()) {
        Map<String, List<Person>> byForm = new LinkedHashMap<>();
        List<Person> all = new ArrayList<>();
        for (Object[] r :
            engine.rows(Bases.IDENTIFIED, period, "sex", "age_group", "exploitation_types")) {
          Person p = new Person(SEX.get((String) r[0]), AGE.get((String) r[1]));
          all.add(p);
          Set<String> forms = new LinkedHashSet<>();
          for (String type : r[2] == null ? new String[0] : ((String) r[2]).split(",")) {
            String form = form(type.strip());
            if (form != null) {
              forms.add(form);
            }
          }
          forms.forEach(f -> byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(p));
        }
        String indicator = "Detected trafficking victims";
        grid(csv, year, indicator, "Total", "Total", all);
        for (String form : List.of(SEXUAL, LABOUR, OTHER_FORMS)) {
          grid(
              csv,
              year,
              indicator,
              "by form of exploitation",
              form,
              byForm.getOrDefault(form, List.of()));
        }
        byCountry(csv, year, indicator, victims, Breakdown.CITIZENSHIP);
        Figure repatriated = c.current("V9B");
        if (repatriated.hasData()) {
          byCountry(csv, year, indicator, repatriated, Breakdown.RETURN_COUNTRY);
        }
      }
      offenders(csv, year, "Persons brought into formal contact", c.current("P14"), false);
      offenders(csv, year, "Persons prosecuted", c.current("P4A"), false);
      offenders(csv, year, "Persons convicted", c.current("P4B"), true);
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
      List<Person> persons)
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
    long unknown = persons.stream().filter(Person::unknown).count();
    print(csv, year, new Row(indicator, dimension, category, UNKNOWN, UNKNOWN, unknown));
  }

  /**
   * Offenders by sex in the grid: their age is not recorded, so only the age {@code Total} column
   * and, for every one of them, Unknown × Unknown. Persons convicted also by form of exploitation.
   */
  private void offenders(CSVPrinter csv, int year, String indicator, Figure f, boolean forms)
      throws IOException {
    if (!f.hasData()) {
      return;
    }
    print(csv, year, new Row(indicator, "Total", "Total", "Total", "Total", f.value()));
    Map<String, Long> bySex = new LinkedHashMap<>();
    f.breakdowns()
        .getOrDefault(Breakdown.SEX, Map.of())
        .forEach(
            (sex, n) -> {
              if (SEX.containsKey(sex)) {
                bySex.merge(SEX.get(sex), n, Long::sum);
              }
            });
    for (String sex : SEXES.subList(1, SEXES.size())) {
      print(
          csv,
          year,
          new Row(indicator, "Total", "Total", sex, "Total", bySex.getOrDefault(sex, 0L)));
    }
    print(csv, year, new Row(indicator, "Total", "Total", UNKNOWN, UNKNOWN, f.value()));
    if (forms) {
      Map<String, Long> byForm = new LinkedHashMap<>();
      f.breakdowns()
          .getOrDefault(Breakdown.EXPLOITATION_TYPE, Map.of())
          .forEach(
              (type, n) -> {
                String form = form(type);
                if (form != null) {
                  byForm.merge(form, n, Long::sum);
                }
              });
      for (String form : List.of(SEXUAL, LABOUR, OTHER_FORMS)) {
        print(
            csv,
            year,
            new Row(
                indicator,
                "by form of exploitation",
                form,
                "Total",
                "Total",
                byForm.getOrDefault(form, 0L)));
      }
    }
  }

  private void byCountry(CSVPrinter csv, int year, String indicator, Figure f, Breakdown b)
      throws IOException {
    String dimension =
        switch (b) {
          case CITIZENSHIP -> "by citizenship";
          case RETURN_COUNTRY -> "by country of repatriation";
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

  /** 1–4 as {@code <5}, thousands with a comma ({@code 1,757}, which the CSV then quotes). */
  static String value(long n) {
    if (n > 0 && n < Suppression.THRESHOLD) {
      return "<" + Suppression.THRESHOLD;
    }
    return String.format(Locale.US, "%,d", n);
  }
}
