package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The glossary ({@code docs/glossary.md}) is the wording of the domain's terms; each key it names
 * uses its word in each language, in whichever bundle holds the key.
 */
class GlossaryTests {

  private static final String[] LANGUAGES = {"", "_ky", "_ru"};

  @Test
  void each_key_the_glossary_names_uses_its_word_in_every_language() throws IOException {
    List<String> rows =
        terms().stream().filter(l -> l.startsWith("| ") && !l.startsWith("| term")).toList();
    assertThat(rows).hasSizeGreaterThan(10);
    List<String> wrong = new ArrayList<>();
    for (String row : rows) {
      String[] cells = row.split("\\|");
      String[] words = {cells[2].strip(), cells[3].strip(), cells[4].strip()};
      for (String key : cells[5].split(",")) {
        for (int l = 0; l < LANGUAGES.length; l++) {
          String text = text(key.strip(), LANGUAGES[l]);
          if (text == null) {
            wrong.add(key.strip() + LANGUAGES[l] + ": no such key");
          } else if (!usesWord(text, words[l])) {
            wrong.add(
                key.strip() + LANGUAGES[l] + " = \"" + text + "\" lacks \"" + words[l] + "\"");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void no_text_uses_a_word_the_glossary_says_not_to_use() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/glossary.md"));
    List<String> avoided =
        lines.subList(lines.indexOf(AVOID), lines.size()).stream()
            .filter(l -> l.startsWith("| ") && !l.startsWith("| language"))
            .toList();
    assertThat(avoided).hasSizeGreaterThan(1);
    List<String> wrong = new ArrayList<>();
    for (String row : avoided) {
      String[] cells = row.split("\\|");
      String language = "_" + cells[1].strip();
      String word = cells[2].strip().toLowerCase(Locale.ROOT);
      java.util.regex.Pattern starts =
          java.util.regex.Pattern.compile(
              "(?<!\\p{L})" + java.util.regex.Pattern.quote(word),
              java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.CASE_INSENSITIVE);
      for (String bundle : new String[] {"messages", "indicators", "codes"}) {
        Properties texts = bundle(bundle + language);
        for (String key : texts.stringPropertyNames()) {
          if (starts.matcher(texts.getProperty(key)).find()) {
            wrong.add(bundle + language + " " + key + " uses \"" + word + "\"");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static final String AVOID = "## Words not to use";

  /** The glossary's lines before its list of words not to use. */
  private static List<String> terms() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/glossary.md"));
    int end = lines.indexOf(AVOID);
    return end < 0 ? lines : lines.subList(0, end);
  }

  private static Properties bundle(String name) throws IOException {
    try (InputStream in = GlossaryTests.class.getResourceAsStream("/" + name + ".properties")) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    }
  }

  /** Whether a text has each word of a term, by its stem (inflected forms count). */
  static boolean usesWord(String text, String term) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : term.toLowerCase(Locale.ROOT).split("\\s+")) {
      String stem =
          word.length() <= 4
              ? word.substring(0, Math.min(2, word.length()))
              : word.substring(0, word.length() - 2);
      if (!lower.contains(stem)) {
        return false;
      }
    }
    return true;
  }

  private static String text(String key, String language) throws IOException {
    for (String bundle : new String[] {"messages", "indicators", "codes"}) {
      try (InputStream in =
          GlossaryTests.class.getResourceAsStream("/" + bundle + language + ".properties")) {
        Properties texts = new Properties();
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (texts.containsKey(key)) {
          return texts.getProperty(key);
        }
      }
    }
    return null;
  }
}
