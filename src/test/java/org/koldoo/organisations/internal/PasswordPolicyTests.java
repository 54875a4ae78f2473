package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

  @Test
  void short_passwords_are_refused() {
    assertThat(PasswordPolicy.violations("abc123", "x")).containsExactly("password.tooShort");
  }

  @Test
  void letters_and_digits_are_both_needed() {
    assertThat(PasswordPolicy.violations("onlylettershere", "x"))
        .contains("password.lettersAndDigits");
    assertThat(PasswordPolicy.violations("123456789012345", "x"))
        .contains("password.lettersAndDigits");
  }

  @Test
  void the_username_must_not_be_inside() {
    assertThat(PasswordPolicy.violations("Aibek-2026-secret", "aibek"))
        .contains("password.containsUsername");
  }

  @Test
  void common_passwords_are_refused() {
    assertThat(PasswordPolicy.violations("Password1234", "x")).contains("password.common");
  }

  @Test
  void a_long_passphrase_with_a_digit_passes() {
    assertThat(PasswordPolicy.violations("жаз келди 2026 тоолор", "aibek")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "x7", "admin", "koldoo"})
  void generated_passwords_always_meet_the_policy(String username) {
    for (int i = 0; i < 300; i++) {
      String password = PasswordPolicy.generate();
      if (!password.toLowerCase().contains(username.toLowerCase()) || username.length() < 3) {
        assertThat(PasswordPolicy.violations(password, username)).isEmpty();
      }
    }
  }

  @Test
  void generated_passwords_differ() {
    assertThat(PasswordPolicy.generate()).isNotEqualTo(PasswordPolicy.generate());
  }
}
