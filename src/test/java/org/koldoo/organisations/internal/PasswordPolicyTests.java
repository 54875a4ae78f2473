package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

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

  @Property(tries = 300)
  void generated_passwords_always_meet_the_policy(
      @ForAll @StringLength(min = 0, max = 2) String username) {
    assertThat(PasswordPolicy.violations(PasswordPolicy.generate(), username)).isEmpty();
  }

  @Test
  void generated_passwords_differ() {
    assertThat(PasswordPolicy.generate()).isNotEqualTo(PasswordPolicy.generate());
  }
}
