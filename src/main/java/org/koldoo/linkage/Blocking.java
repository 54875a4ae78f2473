package org.koldoo.linkage;

import java.util.Arrays;

/** Which pairs a comparison keeps and looks at once: worth keeping, blocking keys per record. */
final class Blocking {

  /** The high half of a sorted key holds the blocking key, the low half the record. */
  static final long KEY_MASK = 0xffffffff00000000L;

  private Blocking() {}

  /**
   * Patterns with at least two of family name, given name and birth date (nearly) agreeing, one of
   * them and three other fields agreeing, or four other fields agreeing.
   */
  static boolean[] worthKeeping(FieldComparison comparison) {
    var schema = comparison.schema();
    int[] core = {
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.FAMILY_NAME),
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.GIVEN_NAME),
      schema.indexOf(org.koldoo.privacy.clk.FieldSchema.Role.BIRTH_DATE)
    };
    boolean[] keep = new boolean[comparison.patterns()];
    for (int p = 0; p < keep.length; p++) {
      int positive = 0;
      for (int f : core) {
        if (f >= 0 && comparison.outcome(p, f).positive()) {
          positive++;
        }
      }
      int others = 0;
      for (int f = 0; f < comparison.fields(); f++) {
        if (schema.field(f).role() == org.koldoo.privacy.clk.FieldSchema.Role.OTHER
            && comparison.outcome(p, f) == FieldComparison.Outcome.AGREE) {
          others++;
        }
      }
      keep[p] = positive >= 2 || positive == 1 && others >= 3 || others >= 4;
    }
    return keep;
  }

  /** Whether an earlier pass compared this pair already (same key, in a block that was used). */
  static boolean seenBefore(
      int pass, int passes, int l, int r, long[] leftKeys, long[] rightKeys, boolean[] used) {
    int lo = l * passes;
    int ro = r * passes;
    for (int q = 0; q < pass; q++) {
      long key = leftKeys[lo + q];
      if (key != FieldEncodings.MISSING
          && (key & KEY_MASK) == (rightKeys[ro + q] & KEY_MASK)
          && used[lo + q]) {
        return true;
      }
    }
    return false;
  }

  /** Each record's keys one after another (record by record), for the "seen before" check. */
  static long[] byRecord(FieldEncodings records, int passes) {
    long[] keys = new long[records.size() * passes];
    for (int i = 0; i < records.size(); i++) {
      for (int p = 0; p < passes; p++) {
        keys[i * passes + p] = records.key(p, i);
      }
    }
    return keys;
  }

  /** The pass's keys, each packed with its record index, sorted. */
  static long[] keyed(FieldEncodings records, int pass) {
    long[] keyed = new long[records.size()];
    int size = 0;
    for (int i = 0; i < records.size(); i++) {
      long key = records.key(pass, i);
      if (key != FieldEncodings.MISSING) {
        keyed[size++] = (key & KEY_MASK) | i;
      }
    }
    long[] sorted = Arrays.copyOf(keyed, size);
    Arrays.parallelSort(sorted);
    return sorted;
  }
}
