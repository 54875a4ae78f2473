package org.koldoo.linkage;

import java.util.Arrays;

/** What one thread compared. */
final class ThreadComparisons {
  final long[] histogram;
  long comparisons;
  long[] pairs = new long[1024];
  int[] patterns = new int[1024];
  int size;

  ThreadComparisons(int patterns) {
    histogram = new long[patterns];
  }

  void keep(long pair, int pattern) {
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
      patterns = Arrays.copyOf(patterns, size * 2);
    }
    pairs[size] = pair;
    patterns[size++] = pattern;
  }
}
