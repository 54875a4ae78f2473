package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
    ComparedPairs compared = BlockedComparison.compare(left, right, false);
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
    ComparedPairs compared = BlockedComparison.compare(records, records, true);
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
}
