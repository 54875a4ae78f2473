package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The UNODC GLOTIP questionnaire rows for a calendar year, in UNODC's published columns and
 * vocabulary. Counts 1–4 are written {@code <5}; figures without data behind them are left out.
 */
@Component
class Glotip {

  static final String HEADER =
      "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
          + "Unit of measurement,txtVALUE,Source";

  static final Map<String, String> SEX =
      Map.of(
          "FEMALE", "Female",
          "MALE", "Male",
          "TRANSGENDER_OR_NONCONFORMING", "Other",
          "UNKNOWN", "Unknown");
  static final Map<String, String> AGE =
      Map.of("CHILD", "0 to 17 years", "ADULT", "18 years or over", "UNKNOWN", "Unknown");
  static final Map<String, String> FORM =
      Map.of(
          "SEXUAL_EXPLOITATION", "Sexual exploitation",
          "FORCED_LABOUR", "Forced labour",
          "FORCED_MARRIAGE", "Forced marriage",
          "FORCED_CRIMINALITY", "Forced criminal activity",
          "FORCED_BEGGING", "Begging",
          "ORGAN_REMOVAL", "Organ removal",
          "UNKNOWN", "Unknown");

  private final ReportEngine engine;
  private final String iso3;
  private final String country;
  private final String region;
  private final String subregion;
  private final String source;

  Glotip(
      ReportEngine engine,
      @Value("${koldoo.statistics.country-iso2:KG}") String countryIso2,
      @Value("${koldoo.statistics.region:Asia}") String region,
      @Value("${koldoo.statistics.subregion:Central Asia}") String subregion,
      @Value("${koldoo.statistics.source:National Referral Mechanism (Koldoo)}") String source) {
    this.engine = engine;
    Locale c = new Locale("", countryIso2);
    this.iso3 = c.getISO3Country();
    this.country = c.getDisplayCountry(Locale.ENGLISH);
    this.region = region;
    this.subregion = subregion;
    this.source = source;
  }

  private record Row(
      String indicator, String dimension, String category, String sex, String age, long value) {}

  String export(int year) {
    Period period = Period.year(year);
    ReportEngine.Computation c = engine.compute(period);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.split(",")).get())) {
      Figure victims = c.current("V0");
      if (victims.hasData()) {
        Map<List<String>, Long> sexAge =
            engine.cross(Bases.IDENTIFIED, "count(distinct person_id)", period, "sex", "age_group");
        for (String sex : List.of("Total", "Female", "Male", "Other", "Unknown")) {
          for (String age : List.of("Total", "0 to 17 years", "18 years or over", "Unknown")) {
            long n =
                sexAge.entrySet().stream()
                    .filter(
                        e ->
                            sex.equals("Total")
                                || sex.equals(SEX.getOrDefault(e.getKey().get(0), "Unknown")))
                    .filter(
                        e ->
                            age.equals("Total")
                                || age.equals(AGE.getOrDefault(e.getKey().get(1), "Unknown")))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            print(
                csv, year, new Row("Detected trafficking victims", "Total", "Total", sex, age, n));
          }
        }
        byCategory(csv, year, "Detected trafficking victims", victims, Breakdown.EXPLOITATION_TYPE);
        byCategory(csv, year, "Detected trafficking victims", victims, Breakdown.CITIZENSHIP);
        Figure repatriated = c.current("V9B");
        if (repatriated.hasData()) {
          byCategory(
              csv, year, "Detected trafficking victims", repatriated, Breakdown.RETURN_COUNTRY);
        }
      }
      persons(csv, year, "Persons brought into formal contact", c.current("P14"));
      persons(csv, year, "Persons prosecuted", c.current("P4A"));
      persons(csv, year, "Persons convicted", c.current("P4B"));
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
        byCategory(
            csv, year, "Offences of trafficking in persons", offences, Breakdown.EXPLOITATION_TYPE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void persons(CSVPrinter csv, int year, String indicator, Figure f) throws IOException {
    if (!f.hasData()) {
      return;
    }
    print(csv, year, new Row(indicator, "Total", "Total", "Total", "Total", f.value()));
    Map<String, Long> bySex = new TreeMap<>();
    f.breakdowns()
        .getOrDefault(Breakdown.SEX, Map.of())
        .forEach((k, v) -> bySex.merge(SEX.getOrDefault(k, "Unknown"), v, Long::sum));
    for (String sex : List.of("Female", "Male", "Other", "Unknown")) {
      print(
          csv,
          year,
          new Row(indicator, "Total", "Total", sex, "Total", bySex.getOrDefault(sex, 0L)));
    }
    byCategory(csv, year, indicator, f, Breakdown.EXPLOITATION_TYPE);
  }

  private void byCategory(CSVPrinter csv, int year, String indicator, Figure f, Breakdown b)
      throws IOException {
    String dimension =
        switch (b) {
          case EXPLOITATION_TYPE -> "by form of exploitation";
          case CITIZENSHIP -> "by citizenship";
          case RETURN_COUNTRY -> "by country of repatriation";
          default -> throw new IllegalArgumentException(b.name());
        };
    Map<String, Long> categories = new LinkedHashMap<>();
    f.breakdowns()
        .getOrDefault(b, Map.of())
        .forEach((k, v) -> categories.merge(category(b, k), v, Long::sum));
    for (var e : categories.entrySet()) {
      print(csv, year, new Row(indicator, dimension, e.getKey(), "Total", "Total", e.getValue()));
    }
  }

  private static String category(Breakdown b, String key) {
    if (key.equals("UNKNOWN")) {
      return "Unknown";
    }
    if (b == Breakdown.EXPLOITATION_TYPE) {
      return FORM.getOrDefault(key, "Other purposes");
    }
    return new Locale("", key).getDisplayCountry(Locale.ENGLISH);
  }

  private void print(CSVPrinter csv, int year, Row r) throws IOException {
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
        source);
  }

  static String value(long n) {
    return n > 0 && n < Suppression.THRESHOLD ? "<" + Suppression.THRESHOLD : Long.toString(n);
  }
}
