package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Kyrgyz, Russian and English: no screen falls back to another language. */
class MessageBundlesTests {

  @ParameterizedTest
  @ValueSource(strings = {"messages", "codes", "indicators"})
  void every_key_is_translated_into_all_three_languages(String bundle) throws IOException {
    Set<String> english = keys(bundle + ".properties");
    Set<String> russian = keys(bundle + "_ru.properties");
    Set<String> kyrgyz = keys(bundle + "_ky.properties");
    assertThat(english).isNotEmpty();
    assertThat(russian).as("Russian %s", bundle).isEqualTo(english);
    assertThat(kyrgyz).as("Kyrgyz %s", bundle).isEqualTo(english);
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages_ru.properties", "messages_ky.properties"})
  void translations_are_not_left_in_english(String file) throws IOException {
    Properties english = load("messages.properties");
    Properties translated = load(file);
    Set<String> untranslated = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      String text = english.getProperty(key);
      // language names and texts of a word or two may legitimately coincide
      if (!key.startsWith("language.")
          && text.length() > 12
          && text.equals(translated.getProperty(key))) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).isEmpty();
  }

  private static Set<String> keys(String file) throws IOException {
    return new TreeSet<>(load(file).stringPropertyNames());
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
