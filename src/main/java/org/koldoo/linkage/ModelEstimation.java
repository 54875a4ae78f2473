package org.koldoo.linkage;

import static org.koldoo.linkage.MatchModel.SMOOTHING;

/** Estimating the match model's weights by expectation-maximisation from the patterns of a run. */
final class ModelEstimation {

  private ModelEstimation() {}

  /**
   * Smoothed shares (values never seen get a little, so that no outcome is impossible); returns the
   * largest change.
   */
  static double normalise(double[] sums, double[] target, boolean skipMissing) {
    int from = skipMissing ? 1 : 0;
    double total = 0;
    for (int v = from; v < sums.length; v++) {
      total += sums[v] + SMOOTHING;
    }
    double change = 0;
    for (int v = from; v < sums.length; v++) {
      double next = (sums[v] + SMOOTHING) / total;
      change = Math.max(change, Math.abs(next - target[v]));
      target[v] = next;
    }
    return change;
  }
}
