package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.web.Countries;

class UnodcCountriesTests {

  @Test
  void every_country_the_application_offers_has_unodcs_name() {
    for (Countries.Country c : Countries.in(Locale.ENGLISH)) {
      assertThat(UnodcCountries.all()).as(c.code()).containsKey(c.code());
      String name = UnodcCountries.name(c.code());
      // none of the JDK's short forms: "&", "SAR China", "Congo - Kinshasa", "St. Lucia", "U.S."
      assertThat(name)
          .as(c.code())
          .doesNotContain("&")
          .doesNotContain("SAR")
          .doesNotContain(" - ")
          .doesNotStartWith("St. ")
          .doesNotContain("U.S.");
    }
  }

  @Test
  void the_names_are_unodcs_not_the_jdks() {
    assertThat(UnodcCountries.name("RU")).isEqualTo("Russian Federation");
    assertThat(UnodcCountries.name("TR")).isEqualTo("Türkiye");
    assertThat(UnodcCountries.name("KR")).isEqualTo("Republic of Korea");
    assertThat(UnodcCountries.name("KP")).isEqualTo("Democratic People's Republic of Korea");
    assertThat(UnodcCountries.name("CD")).isEqualTo("Democratic Republic of the Congo");
    assertThat(UnodcCountries.name("CG")).isEqualTo("Congo");
    assertThat(UnodcCountries.name("HK"))
        .isEqualTo("China, Hong Kong Special Administrative Region");
    assertThat(UnodcCountries.name("US")).isEqualTo("United States of America");
    assertThat(UnodcCountries.name("GB"))
        .isEqualTo("United Kingdom of Great Britain and Northern Ireland");
    assertThat(UnodcCountries.name("VN")).isEqualTo("Viet Nam");
    assertThat(UnodcCountries.name("IR")).isEqualTo("Iran (Islamic Republic of)");
    assertThat(UnodcCountries.name("MD")).isEqualTo("Republic of Moldova");
    assertThat(UnodcCountries.name("KG")).isEqualTo("Kyrgyzstan");
    assertThat(UnodcCountries.name("uz")).isEqualTo("Uzbekistan");
  }
}
