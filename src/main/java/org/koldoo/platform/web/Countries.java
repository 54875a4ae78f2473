package org.koldoo.platform.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * ISO 3166-1 countries with their names in the reader's language. In templates, {@code
 * ${#countries.names(codes)}} writes stored codes as names ({@link KoldooDialect}).
 */
public final class Countries {

  /** The country whose people Koldoo serves first: first in every country list. */
  public static final String HOME = "KG";

  public record Country(String code, String name) {}

  /** The lists already sorted, by language: a few languages, each list the same every time. */
  private static final Map<Locale, List<Country>> SORTED = new ConcurrentHashMap<>();

  /** Beyond this many languages a list is sorted anew each time instead of kept. */
  private static final int LANGUAGES_KEPT = 16;

  /**
   * Every country by name in the reader's order, the home country first. Sorting the 249 names with
   * the language's collator was a tenth of the time a case page took, so each language's list is
   * kept once made.
   */
  public static List<Country> in(Locale locale) {
    List<Country> kept = SORTED.get(locale);
    if (kept != null) {
      return kept;
    }
    List<Country> sorted = sorted(locale);
    if (SORTED.size() < LANGUAGES_KEPT) {
      SORTED.putIfAbsent(locale, sorted);
    }
    return sorted;
  }

  private static List<Country> sorted(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    Stream<Country> others =
        Arrays.stream(Locale.getISOCountries())
            .filter(code -> !code.equals(HOME))
            .map(code -> new Country(code, name(code, locale)))
            .sorted(Comparator.comparing(Country::name, collator));
    return Stream.concat(Stream.of(new Country(HOME, name(HOME, locale))), others).toList();
  }

  /**
   * Names as the Kyrgyz Republic writes them where the JDK's differ: in Russian the country is
   * officially "Кыргызстан" (the constitution's Russian text), where the JDK says "Киргизия".
   */
  private static final Map<String, Map<String, String>> AS_WRITTEN_HERE =
      Map.of("ru", Map.of(HOME, "Кыргызстан"));

  public static String name(String code, Locale locale) {
    if (code == null) {
      return "";
    }
    String ours = AS_WRITTEN_HERE.getOrDefault(locale.getLanguage(), Map.of()).get(code);
    return ours != null ? ours : new Locale("", code).getDisplayCountry(locale);
  }

  /** The names of stored codes in the reader's language, joined; null for none. */
  public String names(Collection<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    Locale locale = LocaleContextHolder.getLocale();
    return codes.stream().map(code -> name(code, locale)).collect(Collectors.joining(", "));
  }

  /** The names of codes stored comma-joined (as a read model gives them); null for none. */
  public String names(String joined) {
    return joined == null || joined.isBlank() ? null : names(Arrays.asList(joined.split(",")));
  }

  /** The name of one stored code; null for none. */
  public String name(String code) {
    return code == null || code.isBlank() ? null : name(code, LocaleContextHolder.getLocale());
  }
}
