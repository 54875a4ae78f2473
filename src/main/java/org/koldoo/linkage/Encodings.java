package org.koldoo.linkage;

import java.util.Arrays;
import org.koldoo.privacy.clk.ClkEncoder;
import org.koldoo.privacy.clk.Dice;

/**
 * A set of encoded records held column-wise for speed: the CLKs one after another in one array,
 * their bit counts, and each record's keyed blocking keys (one per blocking pass; {@link #MISSING}
 * where the pass could not be formed). Nothing here can be turned back into a name.
 */
public final class Encodings {

  public static final long MISSING = Long.MIN_VALUE;
  public static final int WORDS = ClkEncoder.WORDS;

  private final String[] ids;
  private final long[] filters;
  private final int[] bits;
  private final long[][] blocking;
  private int size;

  public Encodings(int capacity, int passes) {
    ids = new String[capacity];
    filters = new long[capacity * WORDS];
    bits = new int[capacity];
    blocking = new long[passes][capacity];
  }

  public synchronized int add(String id, long[] filter, long[] keys) {
    int index = size++;
    set(index, id, filter, keys);
    return index;
  }

  /** Fills slot {@code index} (for parallel encoders that each own a range of slots). */
  public void set(int index, String id, long[] filter, long[] keys) {
    ids[index] = id;
    System.arraycopy(filter, 0, filters, index * WORDS, WORDS);
    bits[index] = Dice.cardinality(filters, index * WORDS, WORDS);
    for (int p = 0; p < blocking.length; p++) {
      blocking[p][index] = keys[p];
    }
  }

  public void setSize(int size) {
    this.size = size;
  }

  public int size() {
    return size;
  }

  public int passes() {
    return blocking.length;
  }

  public String id(int index) {
    return ids[index];
  }

  public long key(int pass, int index) {
    return blocking[pass][index];
  }

  public double dice(int index, Encodings other, int otherIndex) {
    return Dice.similarity1024(
        filters,
        index * WORDS,
        bits[index],
        other.filters,
        otherIndex * WORDS,
        other.bits[otherIndex]);
  }

  public long[] filter(int index) {
    return Arrays.copyOfRange(filters, index * WORDS, (index + 1) * WORDS);
  }
}
