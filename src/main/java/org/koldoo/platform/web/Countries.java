package org.koldoo.platform.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166-1 countries with their names in the reader's language. */
public final class Countries {

  private Countries() {}

  public record Country(String code, String name) {}

  public static List<Country> in(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Country::name, collator))
        .toList();
  }

  public static String name(String code, Locale locale) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
  }
}
