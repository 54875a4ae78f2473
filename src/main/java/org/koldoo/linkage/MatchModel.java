package org.koldoo.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.privacy.clk.FieldSchema.Role;

/**
 * A Fellegi–Sunter model: for every factor and outcome, the probability {@code m} of that outcome
 * when two records are the same person and {@code u} when they are not, and the share {@code λ} of
 * candidate pairs that are matches. A pattern's weight is the sum of its factors' log₂(m/u); its
 * probability is λ·M / (λ·M + (1−λ)·U).
 *
 * <p>The factors: the family name, the given name and the date of birth together — the <i>core</i>,
 * one factor of 5×5×5 outcomes — and every other field on its own (a missing one weighs nothing).
 * The core is one factor because the candidates are chosen by it (blocking keys are made of names
 * and dates, and only pairs with two of the three agreeing are kept): among candidates the three
 * are far from independent. The other fields are taken as independent of the core given the match
 * status; where that fails — people of one household share an address — {@link LinkRules} hold.
 *
 * <p>Estimated by expectation–maximisation over the run's kept candidate pairs, counted by pattern
 * (an iteration costs the number of distinct patterns, not of pairs), u starting from the outcomes
 * of all candidates taken together (nearly all are different people) and m from "agrees". Pairs a
 * reviewer decided enter with their answer fixed: confirmed pairs count as matches, rejected ones
 * as non-matches, in every iteration.
 */
public final class MatchModel {

  private static final int MAX_ITERATIONS = 500;
  static final double SMOOTHING = 0.5;

  private final FieldComparison comparison;

  /** For each factor, its fields. */
  private final int[][] factors;

  /** For each field, the factor it belongs to. */
  private final int[] factorOf;

  private final boolean[] neutralMissing;
  private final double[][] m;
  private final double[][] u;
  private double lambda;
  private int iterations;

  private MatchModel(FieldComparison comparison) {
    this.comparison = comparison;
    var schema = comparison.schema();
    List<int[]> groups = new ArrayList<>();
    List<Integer> core = new ArrayList<>();
    for (Role role : new Role[] {Role.FAMILY_NAME, Role.GIVEN_NAME, Role.BIRTH_DATE}) {
      int f = schema.indexOf(role);
      if (f >= 0) {
        core.add(f);
      }
    }
    if (!core.isEmpty()) {
      groups.add(core.stream().mapToInt(Integer::intValue).toArray());
    }
    for (int f = 0; f < comparison.fields(); f++) {
      if (!core.contains(f)) {
        groups.add(new int[] {f});
      }
    }
    factors = groups.toArray(new int[0][]);
    factorOf = new int[comparison.fields()];
    m = new double[factors.length][];
    u = new double[factors.length][];
    neutralMissing = new boolean[factors.length];
    for (int k = 0; k < factors.length; k++) {
      int size = 1;
      for (int f : factors[k]) {
        factorOf[f] = k;
        size *= comparison.radix(f);
      }
      m[k] = new double[size];
      u[k] = new double[size];
      neutralMissing[k] = factors[k].length == 1;
      for (int v = 0; v < size; v++) {
        // m starts from "agrees": the more fields agree, the likelier for the same person
        int agreeing = 0;
        int rest = v;
        for (int f : factors[k]) {
          int digit = rest % comparison.radix(f);
          rest /= comparison.radix(f);
          agreeing += digit == FieldComparison.AGREE ? 3 : digit == FieldComparison.CLOSE ? 2 : 0;
        }
        m[k][v] = Math.pow(4, agreeing);
      }
      normaliseStart(m[k], neutralMissing[k]);
    }
    lambda = 0.05;
  }

  private static void normaliseStart(double[] values, boolean skipMissing) {
    double total = 0;
    for (int v = skipMissing ? 1 : 0; v < values.length; v++) {
      total += values[v];
    }
    for (int v = skipMissing ? 1 : 0; v < values.length; v++) {
      values[v] /= total;
    }
  }

  /** The value of factor {@code k} in a pattern. */
  private int value(int k, int pattern) {
    int value = 0;
    int scale = 1;
    for (int f : factors[k]) {
      value += comparison.digit(pattern, f) * scale;
      scale *= comparison.radix(f);
    }
    return value;
  }

  private boolean counts(int k, int value) {
    return !(neutralMissing[k] && value == FieldComparison.MISSING);
  }

  /** A pattern counted {@code count} times among the candidates, or a decided pair (count 1). */
  private record Observation(int pattern, long count, Boolean decided) {}

  /**
   * Estimates the model from a histogram of patterns ({@code histogram[p]} candidate pairs had
   * pattern p) and the patterns of pairs people decided.
   */
  static MatchModel estimate(
      FieldComparison comparison, long[] histogram, int[] confirmed, int[] rejected) {
    List<Observation> observations = new ArrayList<>();
    for (int p = 0; p < histogram.length; p++) {
      if (histogram[p] > 0) {
        observations.add(new Observation(p, histogram[p], null));
      }
    }
    for (int p : confirmed) {
      observations.add(new Observation(p, 1, Boolean.TRUE));
    }
    for (int p : rejected) {
      observations.add(new Observation(p, 1, Boolean.FALSE));
    }
    MatchModel model = new MatchModel(comparison);
    model.fit(observations);
    return model;
  }

  private void fit(List<Observation> observations) {
    int n = observations.size();
    int[][] values = new int[n][factors.length];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < factors.length; k++) {
        values[i][k] = value(k, observations.get(i).pattern());
      }
    }
    // u starts from all candidates together
    double[][] start = sums();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < factors.length; k++) {
        start[k][values[i][k]] += observations.get(i).count();
      }
    }
    for (int k = 0; k < factors.length; k++) {
      ModelEstimation.normalise(start[k], u[k], neutralMissing[k]);
    }
    for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
      double[][] mSum = sums();
      double[][] uSum = sums();
      double matches = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        Observation o = observations.get(i);
        double g = o.decided() != null ? (o.decided() ? 1 : 0) : posterior(values[i]);
        double count = o.count();
        matches += g * count;
        total += count;
        for (int k = 0; k < factors.length; k++) {
          mSum[k][values[i][k]] += g * count;
          uSum[k][values[i][k]] += (1 - g) * count;
        }
      }
      double next = Math.min(Math.max(matches / Math.max(total, 1), 1e-9), 1 - 1e-9);
      double change = Math.abs(next - lambda);
      lambda = next;
      for (int k = 0; k < factors.length; k++) {
        change = Math.max(change, ModelEstimation.normalise(mSum[k], m[k], neutralMissing[k]));
        change = Math.max(change, ModelEstimation.normalise(uSum[k], u[k], neutralMissing[k]));
      }
      if (change < 1e-7) {
        break;
      }
    }
    // the mixture does not know which class is which: matches are the class in which everything
    // agrees more often
    int agree = 0;
    int scale = 1;
    for (int f : factors[0]) {
      agree += FieldComparison.AGREE * scale;
      scale *= comparison.radix(f);
    }
    if (m[0][agree] < u[0][agree]) {
      double[][] swap = m.clone();
      System.arraycopy(u, 0, m, 0, u.length);
      System.arraycopy(swap, 0, u, 0, swap.length);
      lambda = 1 - lambda;
    }
  }

  private double[][] sums() {
    double[][] sums = new double[factors.length][];
    for (int k = 0; k < factors.length; k++) {
      sums[k] = new double[m[k].length];
    }
    return sums;
  }

  private double posterior(int[] values) {
    double logRatio = 0;
    for (int k = 0; k < values.length; k++) {
      if (counts(k, values[k])) {
        logRatio += Math.log(m[k][values[k]] / u[k][values[k]]);
      }
    }
    return 1 / (1 + Math.exp(-logRatio) * (1 - lambda) / lambda);
  }

  /** The pattern's weight: Σ log₂(m/u) over its factors. */
  public double weight(int pattern) {
    int p = pattern & ~FieldComparison.SWAPPED;
    double weight = 0;
    for (int k = 0; k < factors.length; k++) {
      weight += factorWeight(k, p);
    }
    return weight;
  }

  private double factorWeight(int k, int pattern) {
    int v = value(k, pattern);
    return counts(k, v) ? Math.log(m[k][v] / u[k][v]) / Math.log(2) : 0;
  }

  /**
   * The weight a field contributes: its own for a field weighed alone, the core's (names and date
   * of birth together) for a field of the core.
   */
  public double fieldWeight(int field, int pattern) {
    return factorWeight(factorOf[field], pattern & ~FieldComparison.SWAPPED);
  }

  /** Whether a field is weighed together with others (the names and the date of birth). */
  public boolean joint(int field) {
    return factors[factorOf[field]].length > 1;
  }

  /** The probability that a pair with this pattern is one person. */
  public double probability(int pattern) {
    double odds = Math.pow(2, weight(pattern)) * lambda / (1 - lambda);
    return Double.isInfinite(odds) ? 1 : odds / (1 + odds);
  }

  /**
   * The estimated m and u of every factor value seen with m or u above one in a thousand, by name
   * (e.g. {@code familyName=AGREE givenName=CLOSE birthDate=AGREE}): for the run's record.
   */
  public Map<String, double[]> table() {
    Map<String, double[]> table = new LinkedHashMap<>();
    for (int k = 0; k < factors.length; k++) {
      for (int v = counts(k, 0) ? 0 : 1; v < m[k].length; v++) {
        if (m[k][v] < 0.001 && u[k][v] < 0.001) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        int rest = v;
        for (int f : factors[k]) {
          int radix = comparison.radix(f);
          name.append(name.isEmpty() ? "" : " ")
              .append(comparison.schema().field(f).name())
              .append('=')
              .append(FieldComparison.Outcome.values()[rest % radix]);
          rest /= radix;
        }
        table.put(name.toString(), new double[] {m[k][v], u[k][v]});
      }
    }
    return table;
  }

  public double lambda() {
    return lambda;
  }

  public int iterations() {
    return iterations;
  }

  public FieldComparison comparison() {
    return comparison;
  }
}
