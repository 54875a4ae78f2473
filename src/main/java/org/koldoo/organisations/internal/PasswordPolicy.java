package org.koldoo.organisations.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * At least 12 characters with letters and digits, not containing the username, and not one of the
 * passwords every attacker tries first. Long passphrases are welcome; no upper bound below 128.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "password12345",
          "qwerty123456",
          "123456789012",
          "administrator1",
          "koldoo123456",
          "p@ssw0rd1234",
          "1q2w3e4r5t6y",
          "qwertyuiop12");

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** Message keys of every rule the password breaks; empty when it is acceptable. */
  static List<String> violations(String password, String username) {
    List<String> broken = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      broken.add("password.tooShort");
      return broken;
    }
    if (password.length() > MAX_LENGTH) {
      broken.add("password.tooLong");
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    if (!letter || !digit) {
      broken.add("password.lettersAndDigits");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      broken.add("password.containsUsername");
    }
    if (COMMON.contains(lower)) {
      broken.add("password.common");
    }
    return broken;
  }

  /** A random password that satisfies the policy, for first start and administrator resets. */
  static String generate() {
    while (true) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      String candidate = out.toString();
      if (violations(candidate, null).isEmpty()) {
        return candidate;
      }
    }
  }
}
