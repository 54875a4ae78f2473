package org.koldoo.linkage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.linkage.Match;

/** Precision, recall and F1 of found pairs against the truth carried by the record ids. */
record Evaluation(long truePairs, long foundPairs, long correct) {

  double precision() {
    return foundPairs == 0 ? 0 : (double) correct / foundPairs;
  }

  double recall() {
    return truePairs == 0 ? 0 : (double) correct / truePairs;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static Evaluation twoSources(FieldEncodings left, FieldEncodings right, List<Match> matches) {
    Map<String, Integer> leftCount = counts(left);
    Map<String, Integer> rightCount = counts(right);
    long truth = 0;
    for (var e : leftCount.entrySet()) {
      truth += (long) e.getValue() * rightCount.getOrDefault(e.getKey(), 0);
    }
    long correct =
        matches.stream()
            .filter(
                m ->
                    FebrlFile.entity(left.id(m.left()))
                        .equals(FebrlFile.entity(right.id(m.right()))))
            .count();
    return new Evaluation(truth, matches.size(), correct);
  }

  /** Inside one source: every pair of records in one found cluster counts as found. */
  /** How many of the pairs are the same person. */
  static long correct(FieldEncodings left, FieldEncodings right, List<Match> pairs) {
    return pairs.stream()
        .filter(
            m -> FebrlFile.entity(left.id(m.left())).equals(FebrlFile.entity(right.id(m.right()))))
        .count();
  }

  static Evaluation oneSource(FieldEncodings records, int[] cluster) {
    Map<String, Integer> entities = counts(records);
    long truth = 0;
    for (int n : entities.values()) {
      truth += (long) n * (n - 1) / 2;
    }
    Map<Integer, Map<String, Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      byCluster
          .computeIfAbsent(cluster[i], c -> new HashMap<>())
          .merge(FebrlFile.entity(records.id(i)), 1, Integer::sum);
    }
    long found = 0;
    long correct = 0;
    for (Map<String, Integer> members : byCluster.values()) {
      long size = members.values().stream().mapToLong(Integer::longValue).sum();
      found += size * (size - 1) / 2;
      for (int n : members.values()) {
        correct += (long) n * (n - 1) / 2;
      }
    }
    return new Evaluation(truth, found, correct);
  }

  private static Map<String, Integer> counts(FieldEncodings records) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      counts.merge(FebrlFile.entity(records.id(i)), 1, Integer::sum);
    }
    return counts;
  }
}
