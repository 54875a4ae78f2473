package org.koldoo.privacy.clk;

/**
 * Dice similarity of two Bloom filters, 2·|A∧B| / (|A|+|B|), counted with popcount over 64-bit
 * words. The kernel of every linkage: it runs on encodings only.
 */
public final class Dice {

  private Dice() {}

  public static int cardinality(long[] filter, int offset, int words) {
    int bits = 0;
    for (int i = 0; i < words; i++) {
      bits += Long.bitCount(filter[offset + i]);
    }
    return bits;
  }

  /** Dice of the filters at {@code a[aOffset…]} and {@code b[bOffset…]} of {@code words} words. */
  public static double similarity(
      long[] a, int aOffset, int aBits, long[] b, int bOffset, int bBits, int words) {
    int total = aBits + bBits;
    if (total == 0) {
      return 0.0;
    }
    int common = 0;
    for (int i = 0; i < words; i++) {
      common += Long.bitCount(a[aOffset + i] & b[bOffset + i]);
    }
    return 2.0 * common / total;
  }

  /**
   * Dice of two 1024-bit filters (16 words): the hot path of every linkage, unrolled into four
   * independent sums so the processor can run the popcounts side by side.
   */
  public static double similarity1024(long[] a, int ao, int aBits, long[] b, int bo, int bBits) {
    int total = aBits + bBits;
    if (total == 0) {
      return 0.0;
    }
    int c0 =
        Long.bitCount(a[ao] & b[bo])
            + Long.bitCount(a[ao + 4] & b[bo + 4])
            + Long.bitCount(a[ao + 8] & b[bo + 8])
            + Long.bitCount(a[ao + 12] & b[bo + 12]);
    int c1 =
        Long.bitCount(a[ao + 1] & b[bo + 1])
            + Long.bitCount(a[ao + 5] & b[bo + 5])
            + Long.bitCount(a[ao + 9] & b[bo + 9])
            + Long.bitCount(a[ao + 13] & b[bo + 13]);
    int c2 =
        Long.bitCount(a[ao + 2] & b[bo + 2])
            + Long.bitCount(a[ao + 6] & b[bo + 6])
            + Long.bitCount(a[ao + 10] & b[bo + 10])
            + Long.bitCount(a[ao + 14] & b[bo + 14]);
    int c3 =
        Long.bitCount(a[ao + 3] & b[bo + 3])
            + Long.bitCount(a[ao + 7] & b[bo + 7])
            + Long.bitCount(a[ao + 11] & b[bo + 11])
            + Long.bitCount(a[ao + 15] & b[bo + 15]);
    return 2.0 * (c0 + c1 + c2 + c3) / total;
  }

  public static double similarity(long[] a, long[] b) {
    return similarity(
        a, 0, cardinality(a, 0, a.length), b, 0, cardinality(b, 0, b.length), a.length);
  }
}
