package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputRulesTests {

  @Test
  void control_characters_and_broken_surrogates_are_refused() {
    assertThat(InputRules.hasForbiddenCharacter("a\u0000b")).isTrue();
    assertThat(InputRules.hasForbiddenCharacter("a\u0007")).isTrue();
    assertThat(InputRules.hasForbiddenCharacter("\u007f")).isTrue();
    assertThat(InputRules.hasForbiddenCharacter("\ud83d")).isTrue();
    assertThat(InputRules.hasForbiddenCharacter("\ude00x")).isTrue();
  }

  @Test
  void ordinary_text_in_every_script_passes() {
    assertThat(InputRules.hasForbiddenCharacter("Асанова Айгүл, Ош\nул. Ленина\t1\r\n")).isFalse();
    assertThat(InputRules.hasForbiddenCharacter("Aigul 😀 ӨҮҢ")).isFalse();
    assertThat(InputRules.hasForbiddenCharacter(null)).isFalse();
  }

  @Test
  void dates_lie_between_1900_and_2100() {
    assertThat(InputRules.dateInRange(LocalDate.of(1, 1, 1))).isFalse();
    assertThat(InputRules.dateInRange(LocalDate.of(9999, 12, 31))).isFalse();
    assertThat(InputRules.dateInRange(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(InputRules.dateInRange(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(InputRules.dateInRange(LocalDate.of(2100, 12, 31))).isTrue();
    assertThat(InputRules.dateInRange((LocalDate) null)).isTrue();
  }
}
