package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TotpTests {

  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void codes_are_rfc_6238s() {
    // RFC 6238, appendix B (SHA-1), the last six of the eight digits
    assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
        .isEqualTo("081804");
    assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))))
        .isEqualTo("005924");
    assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L))))
        .isEqualTo("353130");
  }

  @Test
  void a_code_counts_one_step_either_side_and_never_twice() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.step(now);
    String current = Totp.code(RFC_SECRET, step);
    assertThat(Totp.verify(RFC_SECRET, current, now, 0)).hasValue(step);
    assertThat(
            Totp.verify(RFC_SECRET, current.substring(0, 3) + " " + current.substring(3), now, 0))
        .hasValue(step);
    assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
    assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
    assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, current, now, step)).as("replayed").isEmpty();
    assertThat(Totp.verify(RFC_SECRET, null, now, 0)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, "12345", now, 0)).isEmpty();
    assertThat(Totp.verify(RFC_SECRET, "abcdef", now, 0)).isEmpty();
  }

  @Test
  void a_secret_read_back_from_its_base32_is_the_same_secret() {
    // RFC 4648's test vector, and random secrets of every length an app may be given
    assertThat(Totp.fromBase32("MZXW6YTB")).isEqualTo("fooba".getBytes(StandardCharsets.US_ASCII));
    assertThat(Totp.fromBase32("mzxw 6ytb oi"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    java.util.SplittableRandom random = new java.util.SplittableRandom(32);
    for (int length = 1; length <= 40; length++) {
      byte[] secret = new byte[length];
      random.nextBytes(secret);
      assertThat(Totp.fromBase32(Totp.base32(secret))).as("length " + length).isEqualTo(secret);
    }
    assertThatThrownBy(() -> Totp.fromBase32("MZXW6YTB0I"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrong_codes_almost_never_pass() {
    SplittableRandom random = new SplittableRandom(3);
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      String guess = String.format("%06d", random.nextInt(1_000_000));
      if (Totp.verify(RFC_SECRET, guess, now, 0).isPresent()) {
        passed++;
      }
    }
    assertThat(passed).as("three codes of a million are valid at a time").isLessThanOrEqualTo(3);
  }

  @Test
  void secrets_are_base32_as_authenticator_apps_read_them() {
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.uri("Koldoo", "a.user", RFC_SECRET))
        .isEqualTo(
            "otpauth://totp/Koldoo%3Aa.user?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Koldoo"
                + "&algorithm=SHA1&digits=6&period=30");
  }
}
