package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The comparison step of a linkage run: every pair of records that shares a blocking key, compared
 * field by field once. Blocks are told apart by the keys' upper 32 bits; a rare collision only adds
 * candidates.
 */
final class BlockedComparison {

  /** Blocks larger than this on one side say too little to be worth comparing in full. */
  static final int MAX_BLOCK = 300;

  private BlockedComparison() {}

  /**
   * Compares every pair that shares a blocking key, each pair once: a pair met again in a later
   * pass is skipped when an earlier pass already put it in a block that was compared. Blocks are
   * found by sorting each pass's keys and compared in parallel, each thread counting into its own
   * histogram.
   */
  static ComparedPairs compare(FieldEncodings left, FieldEncodings right, boolean sameSource) {
    FieldComparison comparison = new FieldComparison(left.schema());
    Blocks blocks = blocks(left, right, sameSource);
    BlockComparer comparer =
        new BlockComparer(
            left, right, sameSource, comparison, Blocking.worthKeeping(comparison), blocks);
    ConcurrentLinkedQueue<ThreadComparisons> locals = new ConcurrentLinkedQueue<>();
    ThreadLocal<ThreadComparisons> local =
        ThreadLocal.withInitial(
            () -> {
              ThreadComparisons created = new ThreadComparisons(comparison.patterns());
              locals.add(created);
              return created;
            });
    IntStream.range(0, blocks.runs().size())
        .parallel()
        .forEach(index -> comparer.compare(blocks.runs().get(index), local.get()));
    return merged(comparison, locals);
  }

  /**
   * The blocks of one comparison: each pass's sorted keys, the runs of equal keys small enough to
   * compare ({pass, leftStart, leftEnd, rightStart, rightEnd}), and per record the keys and passes
   * that let a later pass skip a pair an earlier one compared.
   */
  private record Blocks(
      int passes,
      long[][] leftKeys,
      long[][] rightKeys,
      List<int[]> runs,
      long[] leftByRecord,
      long[] rightByRecord,
      boolean[] usedByRecord) {}

  private static Blocks blocks(FieldEncodings left, FieldEncodings right, boolean sameSource) {
    int passes = left.passes();
    long[][] leftKeys = new long[passes][];
    long[][] rightKeys = new long[passes][];
    boolean[][] leftCompared = new boolean[passes][left.size()];
    List<int[]> runs = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      leftKeys[pass] = Blocking.keyed(left, pass);
      rightKeys[pass] = sameSource ? leftKeys[pass] : Blocking.keyed(right, pass);
      addRuns(pass, leftKeys[pass], rightKeys[pass], sameSource, runs, leftCompared[pass]);
    }
    long[] leftByRecord = Blocking.byRecord(left, passes);
    long[] rightByRecord = sameSource ? leftByRecord : Blocking.byRecord(right, passes);
    boolean[] usedByRecord = new boolean[left.size() * passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < left.size(); i++) {
        usedByRecord[i * passes + pass] = leftCompared[pass][i];
      }
    }
    return new Blocks(passes, leftKeys, rightKeys, runs, leftByRecord, rightByRecord, usedByRecord);
  }

  /**
   * Adds one pass's runs of equal keys that are small enough to compare (and, within one source,
   * hold more than one record), marking the left records they hold as compared in this pass.
   */
  private static void addRuns(
      int pass, long[] l, long[] r, boolean sameSource, List<int[]> runs, boolean[] compared) {
    int i = 0;
    int j = 0;
    while (i < l.length && j < r.length) {
      long keyL = l[i] & Blocking.KEY_MASK;
      long keyR = r[j] & Blocking.KEY_MASK;
      if (keyL < keyR) {
        i++;
      } else if (keyL > keyR) {
        j++;
      } else {
        int iEnd = runEnd(l, i, keyL);
        int jEnd = runEnd(r, j, keyR);
        if (iEnd - i <= MAX_BLOCK && jEnd - j <= MAX_BLOCK && (!sameSource || iEnd - i > 1)) {
          runs.add(new int[] {pass, i, iEnd, j, jEnd});
          for (int a = i; a < iEnd; a++) {
            compared[(int) l[a]] = true;
          }
        }
        i = iEnd;
        j = jEnd;
      }
    }
  }

  private static int runEnd(long[] keys, int from, long key) {
    int end = from;
    while (end < keys.length && (keys[end] & Blocking.KEY_MASK) == key) {
      end++;
    }
    return end;
  }

  /** Compares the pairs of one run of equal keys, counting into the calling thread's own tally. */
  private record BlockComparer(
      FieldEncodings left,
      FieldEncodings right,
      boolean sameSource,
      FieldComparison comparison,
      boolean[] worthKeeping,
      Blocks blocks) {

    void compare(int[] run, ThreadComparisons mine) {
      int pass = run[0];
      long[] l = blocks.leftKeys()[pass];
      long[] r = blocks.rightKeys()[pass];
      long[] lw = left.words();
      long[] rw = right.words();
      long[] histogram = mine.histogram;
      long count = 0;
      for (int a = run[1]; a < run[2]; a++) {
        int li = (int) l[a];
        int lo = left.offset(li);
        for (int b = sameSource ? a + 1 : run[3]; b < run[4]; b++) {
          int ri = (int) r[b];
          if (pass > 0
              && Blocking.seenBefore(
                  pass,
                  blocks.passes(),
                  li,
                  ri,
                  blocks.leftByRecord(),
                  blocks.rightByRecord(),
                  blocks.usedByRecord())) {
            continue;
          }
          count++;
          int ro = right.offset(ri);
          if (!comparison.worthComparing(lw, lo, rw, ro)) {
            continue;
          }
          int flagged = comparison.compare(lw, lo, rw, ro);
          int pattern = flagged & ~FieldComparison.SWAPPED;
          histogram[pattern]++;
          if (worthKeeping[pattern]) {
            long pair =
                sameSource && ri < li ? (long) ri << 32 | li : (long) li << 32 | (ri & 0xffffffffL);
            mine.keep(pair, flagged);
          }
        }
      }
      mine.comparisons += count;
    }
  }

  /** The threads' tallies as one: histograms added, kept pairs concatenated. */
  private static ComparedPairs merged(
      FieldComparison comparison, Iterable<ThreadComparisons> locals) {
    ComparedPairs compared = new ComparedPairs(comparison);
    compared.histogram = new long[comparison.patterns()];
    int total = 0;
    for (ThreadComparisons l : locals) {
      total += l.size;
    }
    compared.pairs = new long[total];
    compared.patterns = new int[total];
    int at = 0;
    for (ThreadComparisons l : locals) {
      for (int p = 0; p < l.histogram.length; p++) {
        compared.histogram[p] += l.histogram[p];
      }
      compared.comparisons += l.comparisons;
      System.arraycopy(l.pairs, 0, compared.pairs, at, l.size);
      System.arraycopy(l.patterns, 0, compared.patterns, at, l.size);
      at += l.size;
    }
    return compared;
  }
}
