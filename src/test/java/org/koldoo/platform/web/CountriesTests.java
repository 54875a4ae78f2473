package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTests {

  @Test
  void the_home_country_comes_first_then_every_other_by_name_in_the_readers_order() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      List<Countries.Country> countries = Countries.in(locale);
      assertThat(countries.get(0).code()).isEqualTo(Countries.HOME);
      assertThat(countries).hasSize(Locale.getISOCountries().length);
      List<String> names =
          countries.subList(1, countries.size()).stream().map(c -> c.name()).toList();
      assertThat(names).isSortedAccordingTo(Collator.getInstance(locale));
    }
  }

  @Test
  void the_home_country_is_named_as_the_kyrgyz_republic_writes_it_in_each_language() {
    assertThat(Countries.in(Locale.forLanguageTag("ru")).get(0).name()).isEqualTo("Кыргызстан");
    assertThat(Countries.name("KG", Locale.forLanguageTag("ru-KG"))).isEqualTo("Кыргызстан");
    assertThat(Countries.name("KG", Locale.forLanguageTag("ky"))).isEqualTo("Кыргызстан");
    assertThat(Countries.name("KG", Locale.ENGLISH)).isEqualTo("Kyrgyzstan");
    assertThat(Countries.name("KZ", Locale.forLanguageTag("ru"))).isEqualTo("Казахстан");
  }

  @Test
  void a_languages_list_is_made_once_and_cannot_be_changed_by_a_page() {
    Locale russian = Locale.forLanguageTag("ru");
    List<Countries.Country> first = Countries.in(russian);
    assertThat(Countries.in(russian)).isSameAs(first);
    assertThat(Countries.in(Locale.ENGLISH)).isNotEqualTo(first);
    assertThatThrownBy(() -> first.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
