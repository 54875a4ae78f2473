package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The names UNODC's GLOTIP file gives countries and areas (the United Nations' M49 names: "Russian
 * Federation", "Türkiye", "Republic of Korea"…), keyed by ISO 3166-1 alpha-2 code, from a table
 * kept in the application ({@code statistics/unodc-countries.properties}) so that an export does
 * not change with the Java version that runs it.
 */
final class UnodcCountries {

  private static final Map<String, String> NAMES = load();

  private UnodcCountries() {}

  /** UNODC's name of the country, or the code itself for a code the table does not know. */
  static String name(String iso2) {
    return NAMES.getOrDefault(iso2.toUpperCase(Locale.ROOT), iso2);
  }

  static Map<String, String> all() {
    return NAMES;
  }

  private static Map<String, String> load() {
    Properties table = new Properties();
    try (Reader in =
        new InputStreamReader(
            UnodcCountries.class.getResourceAsStream("/statistics/unodc-countries.properties"),
            StandardCharsets.UTF_8)) {
      table.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table.stringPropertyNames().stream()
        .collect(Collectors.toUnmodifiableMap(k -> k, table::getProperty));
  }
}
