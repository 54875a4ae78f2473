package org.koldoo.linkage;

import static org.koldoo.linkage.FieldComparison.*;

/**
 * How alike two encoded values are: names, free text, dates, and whether two names differ in shape
 * only (a typo, a swapped pair of letters).
 */
final class Similarity {

  private Similarity() {}

  /**
   * A name's outcome as far as hashes and bigrams tell: MISSING, AGREE, DIFFER (Dice below 0.5),
   * CLOSE (Dice 0.8 or more), TYPO (one typo is possible: lengths within one, and at most three
   * bigrams — two bits each — differing on either side), else PARTIAL.
   */
  static int shape(long[] a, int ao, long[] b, int bo) {
    long ha = a[ao];
    long hb = b[bo];
    if (ha == 0 || hb == 0) {
      return MISSING;
    }
    if (ha == hb) {
      return AGREE;
    }
    int common = common(a, ao, b, bo);
    long bitsA = a[ao + 1] & 0xffffffffL;
    long bitsB = b[bo + 1] & 0xffffffffL;
    // Dice = 2·common / total
    if (4L * common < bitsA + bitsB) {
      return DIFFER;
    }
    if (5L * common >= 2L * (bitsA + bitsB)) {
      return CLOSE;
    }
    long lengths = (a[ao + 1] >>> 32) - (b[bo + 1] >>> 32);
    boolean possible = lengths >= -1 && lengths <= 1 && bitsA - common <= 6 && bitsB - common <= 6;
    return possible ? TYPO : PARTIAL;
  }

  /**
   * A name: equal hashes agree; a Dice of the bigram filters below 0.5 differs; otherwise names
   * whose deletion neighbourhoods meet are one typo apart (close), as are names with a Dice of 0.8
   * or more (long ones), the rest partly alike.
   */
  static int name(long[] a, int ao, long[] b, int bo) {
    int shape = shape(a, ao, b, bo);
    if (shape != TYPO) {
      return shape;
    }
    // past the sixteenth letter the neighbourhood is not kept and the bigrams alone tell
    return neighbours(a, ao + 6, b, bo + 6) ? CLOSE : PARTIAL;
  }

  /** Whether two sorted sets of 32-bit hashes (0 for an empty place) share one. */
  static boolean neighbours(long[] a, int ao, long[] b, int bo) {
    int i = 0;
    int j = 0;
    int n = org.koldoo.privacy.clk.ClkEncoder.NEIGHBOURS;
    int x = (int) a[ao];
    int y = (int) b[bo];
    while (x != 0 && y != 0) {
      if (x == y) {
        return true;
      }
      if (x < y) {
        if (++i == n) {
          return false;
        }
        x = (int) (a[ao + (i >> 1)] >>> ((i & 1) << 5));
      } else {
        if (++j == n) {
          return false;
        }
        y = (int) (b[bo + (j >> 1)] >>> ((j & 1) << 5));
      }
    }
    return false;
  }

  /** Free text: equal hashes agree, a bigram Dice from 0.8 is close, from 0.6 partly alike. */
  static int text(long[] a, int ao, long[] b, int bo) {
    long ha = a[ao];
    long hb = b[bo];
    if (ha == 0 || hb == 0) {
      return MISSING;
    }
    if (ha == hb) {
      return AGREE;
    }
    int common = common(a, ao, b, bo);
    long total = (a[ao + 1] & 0xffffffffL) + (b[bo + 1] & 0xffffffffL);
    if (5L * common >= 2L * total) {
      return CLOSE;
    }
    return 10L * common >= 3L * total ? PARTIAL : DIFFER;
  }

  static int date(long a, long aSwapped, long b) {
    if (a == 0 || b == 0) {
      return MISSING;
    }
    boolean full = (a >>> 32) != 0 && (b >>> 32) != 0;
    if (full) {
      if (a == b) {
        return AGREE;
      }
      // how many of the eight digit bytes differ
      long diff = a ^ b;
      diff |= diff >>> 4;
      diff |= diff >>> 2;
      diff |= diff >>> 1;
      int differing = Long.bitCount(diff & 0x0101010101010101L);
      if (differing == 1 || aSwapped == b) {
        return CLOSE;
      }
    }
    return (a & YEAR) == (b & YEAR) ? PARTIAL : DIFFER;
  }
}
