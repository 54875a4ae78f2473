package org.koldoo.privacy.clk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes a person's attributes field by field under one linkage run's secret: for each value a
 * keyed hash of the whole value and a keyed Bloom filter of its bigrams (so a typo still shares
 * most bits), for a date keyed codes of its digits (so one wrong digit or a swapped day and month
 * can be seen without the date), and keyed blocking keys. The sub-keys are derived from the run's
 * key with HMAC-SHA256; every token is hashed with SipHash-2-4 under them. Without the key nothing
 * here can be linked to a value, and under another key the same person gives unrelated words.
 *
 * <p>Safe to share between threads. Lives for one run: it remembers the names it encoded.
 */
public final class ClkEncoder {

  /** Bits of a field's bigram filter. */
  public static final int FILTER_BITS = 256;

  public static final int FILTER_WORDS = FILTER_BITS / 64;

  /** Bit positions set per bigram. */
  private static final int BITS_PER_GRAM = 2;

  private final SipHash exact;
  private final SipHash grams;
  private final SipHash blocking;

  /** Per digit position (0–7 of yyyymmdd), a distinct non-zero byte for each digit 0–9. */
  private final long[][] digitCodes = new long[8][10];

  public ClkEncoder(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      exact = derive(mac, "field-exact");
      grams = derive(mac, "field-grams");
      blocking = derive(mac, "blocking");
      SipHash digits = derive(mac, "field-digits");
      for (int position = 0; position < 8; position++) {
        boolean[] used = new boolean[256];
        for (int digit = 0; digit < 10; digit++) {
          int code = (int) (digits.hash(position * 16L + digit) & 0xff);
          while (code == 0 || used[code]) {
            code = (code + 1) & 0xff;
          }
          used[code] = true;
          digitCodes[position][digit] = (long) code << (8 * position);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SipHash derive(Mac mac, String purpose) {
    ByteBuffer derived = ByteBuffer.wrap(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
    return new SipHash(derived.getLong(), derived.getLong());
  }

  /**
   * A keyed hash of a whole value in a domain (names share one domain, so a family name written in
   * the given-name field is still recognised); 0 for a missing value, never 0 otherwise.
   */
  public long exact(String domain, String value) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    long h = exact.hash(domain + '\u0000' + value);
    return h == 0 ? 1 : h;
  }

  /**
   * Sets the bigram filter of {@code value} (padded with a space at each end, so first and last
   * letters count) into {@code words} at {@code offset}, and returns how many bits are set.
   */
  public int grams(int domain, String value, long[] words, int offset) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    int length = value.length();
    for (int i = -1; i < length; i++) {
      char a = i < 0 ? ' ' : value.charAt(i);
      char b = i + 1 < length ? value.charAt(i + 1) : ' ';
      long h = grams.hash((long) domain << 32 | (long) a << 16 | b);
      for (int k = 0; k < BITS_PER_GRAM; k++) {
        int position = (int) (h >>> (8 * k)) & (FILTER_BITS - 1);
        words[offset + (position >>> 6)] |= 1L << (position & 63);
      }
    }
    int bits = 0;
    for (int w = 0; w < FILTER_WORDS; w++) {
      bits += Long.bitCount(words[offset + w]);
    }
    return bits;
  }

  /** Names encoded once per run and reused: registers repeat names again and again. */
  private final java.util.concurrent.ConcurrentHashMap<
          String, java.util.concurrent.ConcurrentHashMap<String, long[]>>
      names = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int NAMES_REMEMBERED = 200_000;

  private final java.util.concurrent.ConcurrentHashMap<String, String> keys =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.ConcurrentHashMap<
          String, java.util.concurrent.ConcurrentHashMap<String, Long>>
      codes = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@link #exact} of a short code (sex, citizenship, region), remembered for the run. */
  public long code(String domain, String value) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    var remembered = remembered(codes, domain);
    Long known = remembered.get(value);
    if (known == null) {
      known = exact(domain, value);
      if (remembered.size() < NAMES_REMEMBERED) {
        remembered.putIfAbsent(value, known);
      }
    }
    return known;
  }

  /** The values remembered in one domain (one map per field, so no key is built per lookup). */
  private static <V> java.util.concurrent.ConcurrentHashMap<String, V> remembered(
      java.util.concurrent.ConcurrentHashMap<
              String, java.util.concurrent.ConcurrentHashMap<String, V>>
          byDomain,
      String domain) {
    var map = byDomain.get(domain);
    return map != null
        ? map
        : byDomain.computeIfAbsent(domain, d -> new java.util.concurrent.ConcurrentHashMap<>());
  }

  /** A name as written, brought to its key by {@code normalise} once per run. */
  String key(String raw, java.util.function.UnaryOperator<String> normalise) {
    if (raw == null) {
      return "";
    }
    String key = keys.get(raw);
    if (key == null) {
      key = normalise.apply(raw);
      if (keys.size() < NAMES_REMEMBERED) {
        keys.putIfAbsent(raw, key);
      }
    }
    return key;
  }

  /** Words a name takes: hash, bit count, bigram filter, deletion neighbourhood. */
  public static final int NAME_WORDS = 2 + FILTER_WORDS + 8;

  /**
   * Writes a name's words (see {@link FieldSchema.Kind#NAME}) at {@code offset}; each distinct name
   * is encoded once in a run (up to {@value #NAMES_REMEMBERED} names), the encoder being the run's.
   */
  public void name(String domain, String key, long[] words, int offset) {
    var remembered = remembered(names, domain);
    long[] encoded = remembered.get(key);
    if (encoded == null) {
      encoded = new long[NAME_WORDS];
      encoded[0] = exact(domain, key);
      // the bit count of the filter, and the length above it (one typo changes it by one at most)
      encoded[1] = grams(domain.hashCode(), key, encoded, 2) | (long) key.length() << 32;
      neighbours(key, encoded, 2 + FILTER_WORDS);
      if (remembered.size() < NAMES_REMEMBERED) {
        remembered.putIfAbsent(key, encoded);
      }
    }
    System.arraycopy(encoded, 0, words, offset, NAME_WORDS);
  }

  /** Writes a text's hash, bit count and bigram filter (see {@link FieldSchema.Kind#TEXT}). */
  public void text(String domain, String text, long[] words, int offset) {
    words[offset] = exact(domain, text);
    words[offset + 1] = grams(domain.hashCode(), text, words, offset + 2);
  }

  /** 32-bit hashes a name's deletion neighbourhood holds at most. */
  public static final int NEIGHBOURS = 16;

  /**
   * Writes the keyed 32-bit hashes of the name and of the name less each one of its first fifteen
   * letters, sorted, into {@code NEIGHBOURS / 2} words at {@code offset} (0 fills unused places).
   * Two names share one of them exactly when one letter was left out, added, changed or two
   * neighbours swapped (for the first sixteen letters).
   */
  public void neighbours(String value, long[] words, int offset) {
    if (value == null || value.isEmpty()) {
      return;
    }
    int[] hashes = new int[NEIGHBOURS];
    int count = 0;
    hashes[count++] = neighbour(value);
    StringBuilder less = new StringBuilder(value.length());
    for (int i = 0; i < value.length() && count < NEIGHBOURS; i++) {
      less.setLength(0);
      less.append(value, 0, i).append(value, i + 1, value.length());
      hashes[count++] = neighbour(less);
    }
    java.util.Arrays.sort(hashes, 0, count);
    for (int k = 0; k < count; k++) {
      words[offset + k / 2] |= (hashes[k] & 0xffffffffL) << (32 * (k % 2));
    }
  }

  private int neighbour(CharSequence value) {
    int h = (int) grams.hash("~" + value);
    return h == 0 ? 1 : h;
  }

  /**
   * The keyed digit codes of a date's digits (yyyymmdd; only the year when only the year is known),
   * one byte per position, 0 where unknown; with {@code swapped} the month and day trade places.
   */
  public long date(String digits, boolean swapped) {
    if (digits == null || digits.length() < 4) {
      return 0;
    }
    long code = 0;
    int known = digits.length() >= 8 ? 8 : 4;
    for (int position = 0; position < known; position++) {
      int source = position;
      if (swapped && position >= 4) {
        source = position < 6 ? position + 2 : position - 2;
      }
      code |= digitCodes[position][digits.charAt(source) - '0'];
    }
    return code;
  }

  private final ThreadLocal<Key> builders = ThreadLocal.withInitial(Key::new);

  /** This thread's builder of blocking keys (reused, so building a key allocates nothing). */
  public Key key() {
    return builders.get();
  }

  /**
   * A blocking key built from a pass's name and parts (or prefixes of parts); {@link #hash} is
   * {@link Long#MIN_VALUE} when any part is missing or empty.
   */
  public final class Key {
    private final StringBuilder joined = new StringBuilder(64);
    private boolean missing;

    public Key start(String pass) {
      joined.setLength(0);
      joined.append(pass);
      missing = false;
      return this;
    }

    public Key part(String value) {
      return part(value, 0, value == null ? 0 : value.length());
    }

    /** The value's first {@code length} characters (all of it when shorter). */
    public Key part(String value, int length) {
      return part(value, 0, length);
    }

    /** Characters {@code from} to {@code to} of the value (to its end when shorter). */
    public Key part(String value, int from, int to) {
      if (value == null || Math.min(to, value.length()) <= from) {
        missing = true;
      } else if (!missing) {
        joined.append('\u001f').append(value, from, Math.min(to, value.length()));
      }
      return this;
    }

    public long hash() {
      return missing ? Long.MIN_VALUE : blocking.hash(joined);
    }
  }
}
