package org.koldoo.privacy.clk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.koldoo.privacy.NameNormaliser;

/**
 * Encodes a record as a keyed Bloom filter (a cryptographic long-term key, CLK): every token of
 * every attribute is hashed with HMAC-SHA256 under the run's secret key, and {@code hashes} bit
 * positions are derived from it by double hashing. Without the key the filter cannot be linked to a
 * value; with another key the same record gives an unrelated filter.
 *
 * <p>Not thread-safe (it holds a {@link Mac}); use one encoder per thread.
 */
public final class ClkEncoder {

  public static final int BITS = 1024;
  public static final int WORDS = BITS / 64;

  private final SipHash first;
  private final SipHash second;
  private final SipHash blocking;

  public ClkEncoder(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      first = derive(mac, "clk-1");
      second = derive(mac, "clk-2");
      blocking = derive(mac, "blocking");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SipHash derive(Mac mac, String purpose) {
    ByteBuffer derived = ByteBuffer.wrap(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
    return new SipHash(derived.getLong(), derived.getLong());
  }

  /** The record's CLK as 16 words of 64 bits. */
  public long[] encode(List<ClkField> fields) {
    long[] filter = new long[WORDS];
    for (ClkField field : fields) {
      if (field.present()) {
        for (String token : tokens(field)) {
          set(filter, field.name(), token, field.hashes());
        }
      }
    }
    return filter;
  }

  /** A keyed 64-bit blocking key from the given parts; null when any part is missing. */
  public Long blockingKey(String pass, String... parts) {
    StringBuilder joined = new StringBuilder(pass);
    for (String part : parts) {
      if (part == null || part.isEmpty()) {
        return null;
      }
      joined.append('\u001f').append(part);
    }
    return blocking.hash(joined.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void set(long[] filter, String field, String token, int hashes) {
    byte[] input = (field + '\u0000' + token).getBytes(StandardCharsets.UTF_8);
    long h1 = first.hash(input);
    long h2 = second.hash(input) | 1L; // odd, so the positions cycle through all bits
    for (int i = 0; i < hashes; i++) {
      int position = (int) Long.remainderUnsigned(h1 + i * h2, BITS);
      filter[position >>> 6] |= 1L << (position & 63);
    }
  }

  static List<String> tokens(ClkField field) {
    String value = field.value().strip();
    return switch (field.kind()) {
      case NAME -> nameTokens(NameNormaliser.normalise(value));
      case TEXT -> bigrams(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      case CODE -> List.of(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
      case DATE -> dateTokens(value);
    };
  }

  /**
   * Bigrams of the whole name, and for each part its first four letters and the part itself: the
   * root of a Kyrgyz surname sits at its start (Айбекова, Нурбекова share only their ending).
   */
  static List<String> nameTokens(String normalised) {
    List<String> tokens = bigrams(normalised);
    if (!normalised.isEmpty()) {
      for (String part : normalised.split(" ")) {
        tokens.add("^" + (part.length() > 4 ? part.substring(0, 4) : part));
        tokens.add("=" + part);
      }
    }
    return tokens;
  }

  /** Bigrams of the value padded with a space at each end, so first and last letters count. */
  static List<String> bigrams(String value) {
    List<String> grams = new ArrayList<>();
    if (value.isEmpty()) {
      return grams;
    }
    String padded = " " + value + " ";
    for (int i = 0; i + 2 <= padded.length(); i++) {
      grams.add(padded.substring(i, i + 2));
    }
    return grams;
  }

  /**
   * Year, month, day and year-month as separate tokens, so a date with one wrong part still shares
   * most of its bits, and a date known only by its year still matches on that.
   */
  static List<String> dateTokens(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    List<String> tokens = new ArrayList<>();
    if (digits.length() >= 4) {
      tokens.add("y" + digits.substring(0, 4));
    }
    if (digits.length() >= 6) {
      tokens.add("m" + digits.substring(4, 6));
      tokens.add("ym" + digits.substring(0, 6));
    }
    if (digits.length() >= 8) {
      tokens.add("d" + digits.substring(6, 8));
      tokens.add("md" + digits.substring(4, 8));
      // digit bigrams too, so a single mistyped digit costs little
      for (String gram : bigrams(digits.substring(0, 8))) {
        tokens.add("#" + gram);
      }
    }
    return tokens;
  }
}
