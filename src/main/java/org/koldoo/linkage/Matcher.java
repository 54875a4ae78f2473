package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * Links encoded records in three steps:
 *
 * <ol>
 *   <li><b>Blocking and comparison.</b> Two records are compared only if they share a keyed
 *       blocking key in at least one pass, each pair once, field by field ({@link
 *       FieldComparison}), cheaply first: a pair that cannot be kept is counted and left. Every
 *       kept pair adds one to its pattern's count; pairs with at least two of family name, given
 *       name and birth date agreeing or nearly agreeing (or one of them and three other fields, or
 *       four other fields) are kept.
 *   <li><b>Estimation.</b> The {@link MatchModel} is estimated from the pattern counts of this run
 *       (and the pairs people decided).
 *   <li><b>Decision.</b> Each kept pair gets its weight and probability, and {@link LinkRules}
 *       decide: linked automatically, left to review, or dropped.
 * </ol>
 *
 * Between two sources a record links automatically to at most one record of the other (best weight
 * first); a weaker automatic candidate of a record already linked goes to review. Inside one source
 * the caller clusters the automatic links.
 */
public final class Matcher {

  /** Blocks larger than this on one side say too little to be worth comparing in full. */
  static final int MAX_BLOCK = 300;

  private final LinkRules rules;

  public Matcher(LinkRules rules) {
    this.rules = rules;
  }

  /**
   * The outcome of a run: pairs linked automatically, pairs left to review, how many pairs were
   * compared and kept, and the model estimated.
   */
  public record Result(
      List<Match> automatic,
      List<Match> forReview,
      long comparisons,
      long candidates,
      MatchModel model) {}

  /** A pair a person decided: its records, and whether they are one person. */
  public record Decided(int left, int right, boolean linked) {}

  /** Links two sources one-to-one. */
  public Result link(FieldEncodings left, FieldEncodings right) {
    ComparedPairs compared = compare(left, right, false);
    MatchModel model = estimate(left, right, compared, List.of());
    List<Match> automatic = new ArrayList<>();
    List<Match> review = new ArrayList<>();
    boolean households = Households.households(left) || Households.households(right);
    decide(left, right, compared, model, false, households, automatic, review);
    List<Match> kept = Households.oneToOne(automatic, review);
    return new Result(kept, review, compared.comparisons, compared.size(), model);
  }

  /** Finds duplicates inside one source; pairs are ordered (left &lt; right). */
  public Result dedupe(FieldEncodings records, List<Decided> decided) {
    ComparedPairs compared = compare(records, records, true);
    MatchModel model = estimate(records, records, compared, decided);
    List<Match> automatic = new ArrayList<>();
    List<Match> review = new ArrayList<>();
    decide(
        records, records, compared, model, true, Households.households(records), automatic, review);
    return new Result(automatic, review, compared.comparisons, compared.size(), model);
  }

  private MatchModel estimate(
      FieldEncodings left, FieldEncodings right, ComparedPairs compared, List<Decided> decided) {
    FieldComparison comparison = compared.comparison;
    int[] confirmed =
        decided.stream()
            .filter(Decided::linked)
            .mapToInt(d -> pattern(comparison, left, d.left(), right, d.right()))
            .toArray();
    int[] rejected =
        decided.stream()
            .filter(d -> !d.linked())
            .mapToInt(d -> pattern(comparison, left, d.left(), right, d.right()))
            .toArray();
    long[] kept = compared.histogram.clone();
    boolean[] worth = Blocking.worthKeeping(comparison);
    for (int p = 0; p < kept.length; p++) {
      if (!worth[p]) {
        kept[p] = 0;
      }
    }
    return MatchModel.estimate(comparison, kept, confirmed, rejected);
  }

  private static int pattern(
      FieldComparison comparison, FieldEncodings a, int i, FieldEncodings b, int j) {
    return comparison.compare(a.words(), a.offset(i), b.words(), b.offset(j))
        & ~FieldComparison.SWAPPED;
  }

  private void decide(
      FieldEncodings left,
      FieldEncodings right,
      ComparedPairs compared,
      MatchModel model,
      boolean sameSource,
      boolean households,
      List<Match> automatic,
      List<Match> review) {
    int distinct = compared.comparison.patterns();
    double[] probability = new double[distinct];
    Arrays.fill(probability, -1);
    for (int k = 0; k < compared.size(); k++) {
      long pair = compared.pairs[k];
      int l = (int) (pair >>> 32);
      int r = (int) pair;
      int flagged = compared.patterns[k];
      int pattern = flagged & ~FieldComparison.SWAPPED;
      if (probability[pattern] < 0) {
        probability[pattern] = model.probability(pattern);
      }
      double p = probability[pattern];
      if (p < rules.reviewAt()) {
        continue;
      }
      boolean sameOrganisation = sameSource && left.source(l) == right.source(r);
      Set<LinkRules.Reason> broken = rules.broken(model, pattern, p, sameOrganisation, households);
      LinkRules.Verdict verdict = rules.verdict(broken, p);
      Match match =
          new Match(
              l,
              r,
              pattern,
              model.weight(pattern),
              p,
              (flagged & FieldComparison.SWAPPED) != 0,
              verdict,
              broken);
      if (verdict == LinkRules.Verdict.AUTOMATIC) {
        automatic.add(match);
      } else if (verdict == LinkRules.Verdict.REVIEW) {
        review.add(match);
      }
    }
  }

  /**
   * Compares every pair that shares a blocking key, each pair once: a pair met again in a later
   * pass is skipped when an earlier pass already put it in a block that was compared. Blocks are
   * found by sorting each pass's keys and compared in parallel, each thread counting into its own
   * histogram.
   */
  private ComparedPairs compare(FieldEncodings left, FieldEncodings right, boolean sameSource) {
    FieldComparison comparison = new FieldComparison(left.schema());
    boolean[] worthKeeping = Blocking.worthKeeping(comparison);
    int passes = left.passes();
    long[][] leftKeys = new long[passes][];
    long[][] rightKeys = new long[passes][];
    boolean[][] leftCompared = new boolean[passes][left.size()];
    List<int[]> blocks = new ArrayList<>(); // pass, leftStart, leftEnd, rightStart, rightEnd
    for (int pass = 0; pass < passes; pass++) {
      leftKeys[pass] = Blocking.keyed(left, pass);
      rightKeys[pass] = sameSource ? leftKeys[pass] : Blocking.keyed(right, pass);
      long[] l = leftKeys[pass];
      long[] r = rightKeys[pass];
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
          int iEnd = i;
          while (iEnd < l.length && (l[iEnd] & Blocking.KEY_MASK) == keyL) {
            iEnd++;
          }
          int jEnd = j;
          while (jEnd < r.length && (r[jEnd] & Blocking.KEY_MASK) == keyR) {
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
    long[] leftByRecord = Blocking.byRecord(left, passes);
    long[] rightByRecord = sameSource ? leftByRecord : Blocking.byRecord(right, passes);
    boolean[] usedByRecord = new boolean[left.size() * passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < left.size(); i++) {
        usedByRecord[i * passes + pass] = leftCompared[pass][i];
      }
    }
    long[] lw = left.words();
    long[] rw = right.words();
    ConcurrentLinkedQueue<ThreadComparisons> locals = new ConcurrentLinkedQueue<>();
    ThreadLocal<ThreadComparisons> local =
        ThreadLocal.withInitial(
            () -> {
              ThreadComparisons created = new ThreadComparisons(comparison.patterns());
              locals.add(created);
              return created;
            });
    IntStream.range(0, blocks.size())
        .parallel()
        .forEach(
            index -> {
              int[] block = blocks.get(index);
              int pass = block[0];
              long[] l = leftKeys[pass];
              long[] r = rightKeys[pass];
              ThreadComparisons mine = local.get();
              long[] histogram = mine.histogram;
              long count = 0;
              for (int a = block[1]; a < block[2]; a++) {
                int li = (int) l[a];
                int lo = left.offset(li);
                for (int b = sameSource ? a + 1 : block[3]; b < block[4]; b++) {
                  int ri = (int) r[b];
                  if (pass > 0
                      && Blocking.seenBefore(
                          pass, passes, li, ri, leftByRecord, rightByRecord, usedByRecord)) {
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
                        sameSource && ri < li
                            ? (long) ri << 32 | li
                            : (long) li << 32 | (ri & 0xffffffffL);
                    mine.keep(pair, flagged);
                  }
                }
              }
              mine.comparisons += count;
            });
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

  /** Blocks are told apart by the keys' upper 32 bits; a rare collision only adds candidates. */
}
