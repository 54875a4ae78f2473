package org.koldoo.linkage;

/** The pairs compared: a histogram of all patterns and the pairs worth deciding. */
final class ComparedPairs {
  final FieldComparison comparison;
  long[] histogram;
  long comparisons;
  long[] pairs = new long[0];
  int[] patterns = new int[0];

  ComparedPairs(FieldComparison comparison) {
    this.comparison = comparison;
  }

  int size() {
    return pairs.length;
  }
}
