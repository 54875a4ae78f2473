package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Links encoded records. Candidates come from blocking: two records are compared only if they share
 * a keyed blocking key in at least one pass, so the work grows with the sizes of the blocks, not
 * with N×M. Each candidate pair is compared once (Dice over the CLKs); pairs at or above the
 * threshold match. Between two sources a record matches at most one record of the other (greedy
 * one-to-one assignment, best scores first); inside one source matches are clustered.
 */
public final class Matcher {

  /** Blocks larger than this on one side say too little to be worth comparing in full. */
  static final int MAX_BLOCK = 300;

  /** Width of the probable-match band below the threshold. */
  public static final double BAND =
      Double.parseDouble(System.getProperty("koldoo.linkage.band", "0.1"));

  private final double threshold;
  private final double lower;

  public Matcher(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    this.threshold = threshold;
    this.lower = threshold - BAND;
  }

  /**
   * The outcome of a run: matches, probable matches left for review, and how many pairs were
   * compared.
   */
  public record Result(List<Match> matches, List<Match> forReview, long comparisons) {}

  /** Links two sources one-to-one. */
  public Result link(Encodings left, Encodings right) {
    LongAdder compared = new LongAdder();
    List<Match> scored = compare(left, right, false, compared);
    List<Match> review = new ArrayList<>();
    List<Match> accepted = decide(scored, left.size(), right.size(), false, review);
    return new Result(oneToOne(accepted), review, compared.sum());
  }

  /** Finds duplicates inside one source; matches are pairs (left &lt; right). */
  public Result dedupe(Encodings records) {
    LongAdder compared = new LongAdder();
    List<Match> scored = compare(records, records, true, compared);
    List<Match> review = new ArrayList<>();
    List<Match> accepted = decide(scored, records.size(), records.size(), true, review);
    return new Result(accepted, review, compared.sum());
  }

  /** Sure matches pass; probable ones pass only as mutual best candidates, else go to review. */
  private List<Match> decide(
      List<Match> scored, int leftSize, int rightSize, boolean sameSource, List<Match> review) {
    double[] bestLeft = new double[leftSize];
    double[] bestRight = new double[rightSize];
    for (Match m : scored) {
      bestLeft[m.left()] = Math.max(bestLeft[m.left()], m.score());
      bestRight[m.right()] = Math.max(bestRight[m.right()], m.score());
      if (sameSource) {
        // inside one source a record's best partner may sit on either side of the pair
        bestLeft[m.right()] = Math.max(bestLeft[m.right()], m.score());
        bestRight[m.left()] = Math.max(bestRight[m.left()], m.score());
      }
    }
    List<Match> accepted = new ArrayList<>();
    for (Match m : scored) {
      if (m.score() >= threshold) {
        accepted.add(m);
      } else if (m.score() >= bestLeft[m.left()] && m.score() >= bestRight[m.right()]) {
        accepted.add(m);
      } else {
        review.add(m);
      }
    }
    return accepted;
  }

  static List<Match> oneToOne(List<Match> matches) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparingInt(Match::left)
            .thenComparingInt(Match::right));
    java.util.BitSet leftTaken = new java.util.BitSet();
    java.util.BitSet rightTaken = new java.util.BitSet();
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      if (!leftTaken.get(m.left()) && !rightTaken.get(m.right())) {
        leftTaken.set(m.left());
        rightTaken.set(m.right());
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * Compares every pair that shares a blocking key, each pair once: a pair met again in a later
   * pass is skipped when an earlier pass already put it in a block that was compared. Blocks are
   * found by sorting each pass's keys; they are compared in parallel, with no list of pairs kept.
   */
  private List<Match> compare(
      Encodings left, Encodings right, boolean sameSource, LongAdder compared) {
    int passes = left.passes();
    long[][] leftKeys = new long[passes][];
    long[][] rightKeys = new long[passes][];
    boolean[][] leftCompared = new boolean[passes][left.size()];
    List<int[]> blocks = new ArrayList<>(); // pass, leftStart, leftEnd, rightStart, rightEnd
    for (int pass = 0; pass < passes; pass++) {
      leftKeys[pass] = keyed(left, pass);
      rightKeys[pass] = sameSource ? leftKeys[pass] : keyed(right, pass);
      long[] l = leftKeys[pass];
      long[] r = rightKeys[pass];
      int i = 0;
      int j = 0;
      while (i < l.length && j < r.length) {
        long keyL = l[i] & KEY_MASK;
        long keyR = r[j] & KEY_MASK;
        if (keyL < keyR) {
          i++;
        } else if (keyL > keyR) {
          j++;
        } else {
          int iEnd = i;
          while (iEnd < l.length && (l[iEnd] & KEY_MASK) == keyL) {
            iEnd++;
          }
          int jEnd = j;
          while (jEnd < r.length && (r[jEnd] & KEY_MASK) == keyR) {
            jEnd++;
          }
          if (iEnd - i <= MAX_BLOCK && jEnd - j <= MAX_BLOCK && (!sameSource || iEnd - i > 1)) {
            blocks.add(new int[] {pass, i, iEnd, j, jEnd});
            for (int a = i; a < iEnd; a++) {
              leftCompared[pass][(int) l[a]] = true;
            }
          }
          i = iEnd;
          j = jEnd;
        }
      }
    }
    long[][] leftByRecord = byRecord(left, passes);
    long[][] rightByRecord = sameSource ? leftByRecord : byRecord(right, passes);
    return blocks.parallelStream()
        .flatMap(
            block -> {
              int pass = block[0];
              long[] l = leftKeys[pass];
              long[] r = rightKeys[pass];
              List<Match> found = new ArrayList<>();
              long count = 0;
              for (int a = block[1]; a < block[2]; a++) {
                int li = (int) l[a];
                for (int b = sameSource ? a + 1 : block[3]; b < block[4]; b++) {
                  int ri = (int) r[b];
                  if (seenBefore(pass, li, ri, leftByRecord, rightByRecord, leftCompared)) {
                    continue;
                  }
                  count++;
                  double score = left.dice(li, right, ri);
                  if (score >= lower) {
                    found.add(
                        sameSource && ri < li
                            ? new Match(ri, li, score)
                            : new Match(li, ri, score));
                  }
                }
              }
              compared.add(count);
              return found.stream();
            })
        .collect(java.util.stream.Collectors.toList());
  }

  /** Whether an earlier pass compared this pair already (same key, in a block that was used). */
  private static boolean seenBefore(
      int pass, int l, int r, long[][] leftKeys, long[][] rightKeys, boolean[][] leftCompared) {
    for (int q = 0; q < pass; q++) {
      long key = leftKeys[l][q];
      if (key != Encodings.MISSING
          && (key & KEY_MASK) == (rightKeys[r][q] & KEY_MASK)
          && leftCompared[q][l]) {
        return true;
      }
    }
    return false;
  }

  /** Each record's keys, record by record, for the "seen before" check. */
  private static long[][] byRecord(Encodings records, int passes) {
    long[][] keys = new long[records.size()][passes];
    for (int i = 0; i < records.size(); i++) {
      for (int p = 0; p < passes; p++) {
        keys[i][p] = records.key(p, i);
      }
    }
    return keys;
  }

  /** Blocks are told apart by the keys' upper 32 bits; a rare collision only adds candidates. */
  private static final long KEY_MASK = 0xffffffff00000000L;

  /** The pass's keys, each packed with its record index, sorted. */
  private static long[] keyed(Encodings records, int pass) {
    LongBuffer keyed = new LongBuffer(Math.max(16, records.size()));
    for (int i = 0; i < records.size(); i++) {
      long key = records.key(pass, i);
      if (key != Encodings.MISSING) {
        keyed.add((key & KEY_MASK) | i);
      }
    }
    long[] sorted = keyed.toArray();
    Arrays.parallelSort(sorted);
    return sorted;
  }

  /** A growable array of longs. */
  private static final class LongBuffer {
    private long[] values;
    private int size;

    LongBuffer(int capacity) {
      values = new long[capacity];
    }

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
