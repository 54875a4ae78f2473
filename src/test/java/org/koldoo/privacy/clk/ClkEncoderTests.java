package org.koldoo.privacy.clk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClkEncoderTests {

  private static final byte[] KEY =
      "a-linkage-run-secret-of-32-bytes".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "another-run-secret-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII);

  private static PersonRecipe.Person person(String given, String surname, String born) {
    return new PersonRecipe.Person(given, surname, born, "FEMALE", null);
  }

  @Test
  void the_same_key_gives_the_same_encoding_and_another_key_a_different_one() {
    var p = person("Айгүл", "Кыдыралиева", "1995-03-14");
    long[] one = PersonRecipe.encode(new ClkEncoder(KEY), p).filter();
    long[] again = PersonRecipe.encode(new ClkEncoder(KEY), p).filter();
    long[] other = PersonRecipe.encode(new ClkEncoder(OTHER_KEY), p).filter();
    assertThat(again).isEqualTo(one);
    assertThat(other).isNotEqualTo(one);
    assertThat(Dice.similarity(one, other)).isLessThan(0.7);
  }

  @Test
  void spellings_of_one_person_stay_close_and_other_people_stay_apart() {
    ClkEncoder encoder = new ClkEncoder(KEY);
    long[] cyrillic =
        PersonRecipe.encode(encoder, person("Айгүл", "Кыдыралиева", "1995-03-14")).filter();
    long[] passport =
        PersonRecipe.encode(encoder, person("Aigul", "Kydyralieva", "19950314")).filter();
    long[] informal =
        PersonRecipe.encode(encoder, person("Aygul", "Kidiraliyeva", "1995-03-14")).filter();
    long[] swapped =
        PersonRecipe.encode(encoder, person("Kydyralieva", "Aigul", "1995-03-14")).filter();
    long[] stranger =
        PersonRecipe.encode(encoder, person("Бермет", "Осмонова", "1988-11-02")).filter();
    assertThat(Dice.similarity(cyrillic, passport)).isGreaterThanOrEqualTo(0.95);
    assertThat(Dice.similarity(cyrillic, informal)).isGreaterThan(0.8);
    assertThat(Dice.similarity(cyrillic, swapped)).isGreaterThanOrEqualTo(0.95);
    assertThat(Dice.similarity(cyrillic, stranger)).isLessThan(0.5);
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
  }

  @Test
  void date_tokens_survive_partial_dates() {
    assertThat(ClkEncoder.dateTokens("1995")).containsExactly("y1995");
    assertThat(ClkEncoder.dateTokens("1995-03-14")).contains("y1995", "m03", "d14", "md0314");
    assertThat(ClkEncoder.tokens(new ClkField("x", "Ли Ван", ClkField.Kind.NAME, 1))).isNotEmpty();
  }
}
