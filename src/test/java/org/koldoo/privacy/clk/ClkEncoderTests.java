package org.koldoo.privacy.clk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClkEncoderTests {

  private static final byte[] KEY =
      "a-linkage-run-secret-of-32-bytes".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "another-run-secret-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII);

  private static PersonRecipe.Person person(String given, String surname, String born) {
    return new PersonRecipe.Person(given, surname, born, "FEMALE", Map.of());
  }

  private static long[] encode(byte[] key, PersonRecipe.Person p) {
    return PersonRecipe.encode(new ClkEncoder(key), PersonRecipe.PERSON, p).fields();
  }

  @Test
  void the_same_key_gives_the_same_encoding_and_another_key_a_different_one() {
    var p = person("Айгүл", "Кыдыралиева", "1995-03-14");
    long[] one = encode(KEY, p);
    assertThat(encode(KEY, p)).isEqualTo(one);
    long[] other = encode(OTHER_KEY, p);
    // not one non-zero word of the run is found in the other run's encoding
    for (long word : one) {
      if (word != 0 && Long.bitCount(word) > 8) {
        assertThat(other).doesNotContain(word);
      }
    }
  }

  @Test
  void spellings_scripts_and_the_female_form_of_a_family_name_meet() {
    assertThat(PersonRecipe.nameKey("Кыдыралиева")).isEqualTo(PersonRecipe.nameKey("Kydyraliev"));
    assertThat(PersonRecipe.nameKey("Эсенбекова")).isEqualTo(PersonRecipe.nameKey("Esenbekov"));
    assertThat(PersonRecipe.nameKey("Асан кызы")).isEqualTo(PersonRecipe.nameKey("Асан уулу"));
    assertThat(PersonRecipe.nameKey("Ковальская")).isEqualTo(PersonRecipe.nameKey("Kovalskiy"));
    assertThat(PersonRecipe.nameKey("Асанова")).isNotEqualTo(PersonRecipe.nameKey("Токтосунова"));
    assertThat(PersonRecipe.nameKey(" ")).isEmpty();
  }

  @Test
  void dates_keep_the_year_alone_and_swap_day_and_month() {
    ClkEncoder encoder = new ClkEncoder(KEY);
    long full = encoder.date("19950314", false);
    long swapped = encoder.date("19951403", true);
    assertThat(swapped).isEqualTo(full);
    long year = encoder.date("1995", false);
    assertThat(year & 0xffffffffL).isEqualTo(full & 0xffffffffL);
    assertThat(year >>> 32).isZero();
    assertThat(encoder.date(null, false)).isZero();
    assertThat(PersonRecipe.digits("1995-03-14")).isEqualTo("19950314");
    assertThat(PersonRecipe.digits("около 1995")).isEqualTo("1995");
    assertThat(PersonRecipe.digits("95")).isNull();
  }

  @Test
  void dice_is_symmetric_and_between_zero_and_one() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      long[] a = new long[16];
      long[] b = new long[16];
      for (int w = 0; w < 16; w++) {
        a[w] = random.nextLong() & random.nextLong();
        b[w] = i % 10 == 0 ? a[w] : random.nextLong() & random.nextLong();
      }
      double ab = Dice.similarity(a, b);
      assertThat(ab).isEqualTo(Dice.similarity(b, a)).isBetween(0.0, 1.0);
      assertThat(
              Dice.similarity1024(
                  a, 0, Dice.cardinality(a, 0, 16), b, 0, Dice.cardinality(b, 0, 16)))
          .isEqualTo(ab);
      if (i % 10 == 0) {
        assertThat(ab).isEqualTo(1.0);
      }
    }
    assertThat(Dice.similarity(new long[16], new long[16])).isZero();
  }

  @Test
  void siphash_matches_the_published_test_vector() {
    // key 00..0f, message 00..0e: 0xa129ca6149be45e5 (SipHash-2-4 reference)
    byte[] message = new byte[15];
    for (int i = 0; i < message.length; i++) {
      message[i] = (byte) i;
    }
    SipHash sip = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
    assertThat(sip.hash(message)).isEqualTo(0xa129ca6149be45e5L);
    // the word and character forms are the byte form of the same input
    assertThat(sip.hash(0x0706050403020100L))
        .isEqualTo(sip.hash(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}));
    assertThat(sip.hash("\u0100\u0302\u0504\u0706"))
        .isEqualTo(sip.hash(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}));
  }
}
