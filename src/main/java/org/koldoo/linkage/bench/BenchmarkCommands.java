package org.koldoo.linkage.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.FieldEncodings;
import org.koldoo.linkage.LinkRules;
import org.koldoo.linkage.Matcher;
import org.koldoo.privacy.clk.FieldSchema;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench linkage --left A.csv --right B.csv | --dedupe FILE.csv | --generate N [--automatic
 * 0.99] [--review 0.2] [--seed 1]} and {@code bench dice}: each prints one JSON object.
 *
 * <p>This harness plays the organisations: it reads their plaintext files and encodes them with a
 * fresh random key, as each organisation would; the matcher then sees only encodings.
 */
public final class BenchmarkCommands {

  private BenchmarkCommands() {}

  public static int run(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    if (a.size() >= 2 && a.get(1).equals("dice")) {
      System.out.println(dice());
      return 0;
    }
    if (a.size() < 2 || !a.get(1).equals("linkage")) {
      System.err.println(
          "usage: bench linkage (--left A.csv --right B.csv | --dedupe FILE.csv | --generate N)"
              + " [--automatic 0.99] [--review 0.2] [--seed 1]\n       bench dice");
      return 2;
    }
    LinkRules defaults = LinkRules.defaults();
    LinkRules rules =
        new LinkRules(
            Double.parseDouble(option(a, "--automatic", String.valueOf(defaults.automaticAt()))),
            Double.parseDouble(option(a, "--review", String.valueOf(defaults.reviewAt()))));
    long seed = Long.parseLong(option(a, "--seed", "1"));
    long start = System.nanoTime();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key); // a new secret for every run, as for every real linkage
    Matcher matcher = new Matcher(rules);
    Map<String, Object> out = new LinkedHashMap<>();
    if (a.contains("--dedupe")) {
      dedupe(a, matcher, key, rules, start, out);
    } else {
      link(a, matcher, key, seed, rules, start, out);
    }
    System.out.println(json(out));
    return 0;
  }

  /** Duplicates inside one file: precision and recall of the persons found. */
  private static void dedupe(
      List<String> a,
      Matcher matcher,
      byte[] key,
      LinkRules rules,
      long start,
      Map<String, Object> out)
      throws Exception {
    var rows = FebrlFile.read(Path.of(option(a, "--dedupe", null)));
    long encodeStart = System.nanoTime();
    FieldEncodings records = Encode.all(rows, FebrlFile.SCHEMA, key, -1);
    double encodeSeconds = seconds(encodeStart);
    long matchStart = System.nanoTime();
    var result = matcher.dedupe(records, List.of());
    Clusters clusters = Clusters.of(records.size(), result.automatic());
    int[] cluster = new int[records.size()];
    for (int i = 0; i < cluster.length; i++) {
      cluster[i] = clusters.find(i);
    }
    double matchSeconds = seconds(matchStart);
    out.put("records", rows.size());
    put(out, Evaluation.oneSource(records, cluster));
    out.put("forReview", result.forReview().size());
    out.put("forReviewTrue", Evaluation.correct(records, records, result.forReview()));
    times(out, result, 0, encodeSeconds, matchSeconds, seconds(start), rules);
  }

  /** Links across two files, or two generated registers with look-alikes. */
  private static void link(
      List<String> a,
      Matcher matcher,
      byte[] key,
      long seed,
      LinkRules rules,
      long start,
      Map<String, Object> out)
      throws Exception {
    List<List<FebrlFile.Row>> sources = new ArrayList<>();
    SyntheticPopulation population = null;
    long generateStart = System.nanoTime();
    FieldSchema schema = FebrlFile.SCHEMA;
    if (a.contains("--generate")) {
      int total = Integer.parseInt(option(a, "--generate", null).replace("_", ""));
      population = new SyntheticPopulation(seed);
      sources.addAll(population.generate(total));
      schema = SyntheticPopulation.SCHEMA;
    } else {
      sources.add(FebrlFile.read(Path.of(option(a, "--left", null))));
      sources.add(FebrlFile.read(Path.of(option(a, "--right", null))));
    }
    double generateSeconds = seconds(generateStart);
    long encodeStart = System.nanoTime();
    FieldEncodings left = Encode.all(sources.get(0), schema, key, 0);
    FieldEncodings right = Encode.all(sources.get(1), schema, key, 1);
    double encodeSeconds = seconds(encodeStart);
    long matchStart = System.nanoTime();
    var result = matcher.link(left, right);
    double matchSeconds = seconds(matchStart);
    out.put("records", left.size() + right.size());
    put(out, Evaluation.twoSources(left, right, result.automatic()));
    out.put("forReview", result.forReview().size());
    out.put("forReviewTrue", Evaluation.correct(left, right, result.forReview()));
    out.put("reviewReasons", reasons(result.forReview()));
    if (population != null) {
      java.util.Set<String> lookAlikes = population.lookAlikeIds;
      out.put("lookAlikes", lookAlikes.size());
      out.put(
          "lookAlikesLinked",
          result.automatic().stream()
              .filter(m -> lookAlikes.contains(right.id(m.right())))
              .count());
    }
    times(out, result, generateSeconds, encodeSeconds, matchSeconds, seconds(start), rules);
  }

  /** How many pairs left to review broke each rule, as a JSON object. */
  private static String reasons(List<org.koldoo.linkage.Match> review) {
    Map<String, Object> counts = new java.util.TreeMap<>();
    for (var m : review) {
      for (var r : m.reasons()) {
        counts.merge(r.name(), 1, (x, y) -> (Integer) x + (Integer) y);
      }
    }
    return json(counts);
  }

  private static void put(Map<String, Object> out, Evaluation e) {
    out.put("truePairs", e.truePairs());
    out.put("foundPairs", e.foundPairs());
    out.put("precision", round(e.precision(), 4));
    out.put("recall", round(e.recall(), 4));
    out.put("f1", round(e.f1(), 4));
  }

  private static void times(
      Map<String, Object> out,
      Matcher.Result result,
      double generateSeconds,
      double encodeSeconds,
      double matchSeconds,
      double seconds,
      LinkRules rules) {
    out.put("comparisons", result.comparisons());
    out.put("candidates", result.candidates());
    out.put(
        "comparisonsPerSecond",
        Math.round(matchSeconds > 0 ? result.comparisons() / matchSeconds : 0));
    out.put("seconds", round(seconds, 2));
    out.put("generateSeconds", round(generateSeconds, 2));
    out.put("encodeSeconds", round(encodeSeconds, 2));
    out.put("matchSeconds", round(matchSeconds, 2));
    out.put("emIterations", result.model().iterations());
    out.put("matchShare", round(result.model().lambda(), 6));
    out.put("automaticAt", rules.automaticAt());
    out.put("reviewAt", rules.reviewAt());
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  /** One line of JSON: numbers as numbers (the keys are ours, no escaping needed). */
  static String json(Map<String, Object> values) {
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (k, v) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(k).append("\":").append(v);
        });
    return json.append('}').toString();
  }

  /** JMH on the Dice kernel, one benchmark thread per core, in this JVM. */
  static String dice() throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    Options options =
        new OptionsBuilder()
            .include(DiceKernelBenchmark.class.getName())
            .forks(0)
            .threads(threads)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(2))
            .shouldFailOnError(true)
            .build();
    RunResult result = new Runner(options).runSingle();
    var primary = result.getPrimaryResult();
    return org.koldoo.platform.cli.Json.write(
        org.koldoo.platform.cli.Json.object(
            "benchmark",
            "dice-1024-bit",
            "threads",
            threads,
            "comparisonsPerSecond",
            org.koldoo.platform.cli.Json.fixed(primary.getScore(), 0),
            "error",
            org.koldoo.platform.cli.Json.fixed(primary.getScoreError(), 0),
            "unit",
            "comparisons/s"));
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at >= 0 && at + 1 < args.size()) {
      return args.get(at + 1);
    }
    if (fallback == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return fallback;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
