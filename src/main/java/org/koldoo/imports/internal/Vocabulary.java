package org.koldoo.imports.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.koldoo.imports.ImportColumn;
import org.koldoo.organisations.OrganisationSummary;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.web.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a sheet may use, in Kyrgyz, Russian or English: headers, code values, countries and
 * organisations, each folded ({@link Folding}) so that any of the three languages, either script,
 * and the stored code itself are accepted. A folded word that two values share is not a match.
 */
@Component
class Vocabulary {

  static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("ky"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

  private static final Object AMBIGUOUS = new Object();

  private final MessageSource messages;
  private final Organisations organisations;
  private final Map<List<ImportColumn.Choice>, Map<String, Object>> codes =
      new ConcurrentHashMap<>();
  private volatile Map<String, Object> countries;

  Vocabulary(MessageSource messages, Organisations organisations) {
    this.messages = messages;
    this.organisations = organisations;
  }

  /** The message in one language, or the key itself when the bundle lacks it. */
  String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** A message with its arguments in one language. */
  String message(String key, Object[] arguments, Locale locale) {
    return messages.getMessage(key, arguments, key, locale);
  }

  /** The header words of a column: its label in each language and its name. */
  List<String> headers(ImportColumn column) {
    List<String> words = new java.util.ArrayList<>();
    words.add(Folding.fold(column.name()));
    for (Locale locale : LANGUAGES) {
      String label = text(column.labelKey(), locale);
      words.add(Folding.fold(label));
      // "Name (encrypted)" is headed "Name" in people's own sheets
      words.add(Folding.fold(label.replaceAll("\\s*\\([^)]*\\)", "")));
    }
    return words;
  }

  /** The stored value a cell names among the column's values, if exactly one. */
  Optional<String> code(ImportColumn column, String cell) {
    Object found = codeWords(column).get(Folding.fold(cell));
    return found instanceof String value ? Optional.of(value) : Optional.empty();
  }

  /**
   * A code column's words, folded, to the value each names (a word two values share names none).
   */
  Map<String, Object> codeWords(ImportColumn column) {
    return codes.computeIfAbsent(
        column.codes(),
        choices -> {
          // codes and whole labels first; shortened labels and aliases only where they name
          // nothing already: "Debt bondage" stays one indicator although "Debt bondage (medium)"
          // and "Debt bondage (strong)" shorten to it
          Map<String, Object> byWord = new HashMap<>();
          Map<String, Object> shorter = new HashMap<>();
          for (ImportColumn.Choice choice : choices) {
            put(byWord, Folding.fold(choice.value()), choice.value());
            for (Locale locale : LANGUAGES) {
              String label = text(choice.labelKey(), locale);
              put(byWord, Folding.fold(label), choice.value());
              // a label's explanation in brackets is seldom typed: "Forced marriage"
              String plain = label.replaceAll("\\s*\\([^)]*\\)", "");
              if (!plain.equals(label)) {
                put(shorter, Folding.fold(plain), choice.value());
              }
              // what registers write instead of the label: "Ж", "жен." for female
              String aliases = text(choice.labelKey() + ".aliases", locale);
              if (!aliases.equals(choice.labelKey() + ".aliases")) {
                for (String alias : aliases.split(",")) {
                  put(shorter, Folding.fold(alias), choice.value());
                }
              }
            }
          }
          shorter.forEach(byWord::putIfAbsent);
          return byWord;
        });
  }

  /** The ISO 3166 alpha-2 code a cell names: the code, the alpha-3 code or a name. */
  Optional<String> country(String cell) {
    return countryOfFolded(Folding.fold(cell));
  }

  /** {@link #country} of a cell already folded. */
  Optional<String> countryOfFolded(String folded) {
    Map<String, Object> words = countries;
    if (words == null) {
      Map<String, Object> byWord = new HashMap<>();
      for (String code : Locale.getISOCountries()) {
        put(byWord, Folding.fold(code), code);
        try {
          put(byWord, Folding.fold(new Locale("", code).getISO3Country()), code);
        } catch (java.util.MissingResourceException e) {
          // no alpha-3 code for this one
        }
        for (Locale locale : LANGUAGES) {
          put(byWord, Folding.fold(Countries.name(code, locale)), code);
        }
      }
      countries = words = byWord;
    }
    Object found = words.get(folded);
    return found instanceof String code ? Optional.of(code) : Optional.empty();
  }

  /** Organisations by their code and their name in any language, folded, for one import. */
  Map<String, Object> organisations() {
    Map<String, Object> byWord = new HashMap<>();
    for (OrganisationSummary o : organisations.all()) {
      put(byWord, Folding.fold(o.code()), o.id());
      for (Locale locale : LANGUAGES) {
        put(byWord, Folding.fold(o.name(locale)), o.id());
      }
    }
    return byWord;
  }

  private static void put(Map<String, Object> byWord, String word, Object value) {
    if (word.isEmpty()) {
      return;
    }
    Object before = byWord.putIfAbsent(word, value);
    if (before != null && !before.equals(value)) {
      byWord.put(word, AMBIGUOUS);
    }
  }
}
