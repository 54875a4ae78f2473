package org.koldoo.linkage.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.koldoo.linkage.Clusters;
import org.koldoo.linkage.Encodings;
import org.koldoo.linkage.Matcher;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench linkage --left A.csv --right B.csv | --dedupe FILE.csv | --generate N [--threshold
 * 0.8] [--seed 1]} and {@code bench dice}: each prints one JSON object.
 *
 * <p>This harness plays the organisations: it reads their plaintext files and encodes them with a
 * fresh random key, as each organisation would; the matcher then sees only encodings.
 */
public final class BenchmarkCommands {

  static final double DEFAULT_THRESHOLD = 0.8;

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
              + " [--threshold 0.8] [--seed 1]\n       bench dice");
      return 2;
    }
    double threshold =
        Double.parseDouble(option(a, "--threshold", String.valueOf(DEFAULT_THRESHOLD)));
    long seed = Long.parseLong(option(a, "--seed", "1"));
    long start = System.nanoTime();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key); // a new secret for every run, as for every real linkage
    Matcher matcher = new Matcher(threshold);
    String json;
    if (a.contains("--dedupe")) {
      var rows = FebrlFile.read(Path.of(option(a, "--dedupe", null)));
      long encodeStart = System.nanoTime();
      Encodings records = Encode.all(rows, key);
      double encodeSeconds = seconds(encodeStart);
      long matchStart = System.nanoTime();
      var result = matcher.dedupe(records);
      Clusters clusters = Clusters.of(records.size(), result.matches());
      int[] cluster = new int[records.size()];
      for (int i = 0; i < cluster.length; i++) {
        cluster[i] = clusters.find(i);
      }
      double matchSeconds = seconds(matchStart);
      json =
          json(
              rows.size(),
              Evaluation.oneSource(records, cluster),
              result.comparisons(),
              encodeSeconds,
              matchSeconds,
              seconds(start),
              threshold);
    } else {
      List<List<FebrlFile.Row>> sources = new ArrayList<>();
      if (a.contains("--generate")) {
        int total = Integer.parseInt(option(a, "--generate", null).replace("_", ""));
        sources.addAll(new SyntheticPopulation(seed).generate(total));
      } else {
        sources.add(FebrlFile.read(Path.of(option(a, "--left", null))));
        sources.add(FebrlFile.read(Path.of(option(a, "--right", null))));
      }
      long encodeStart = System.nanoTime();
      Encodings left = Encode.all(sources.get(0), key);
      Encodings right = Encode.all(sources.get(1), key);
      double encodeSeconds = seconds(encodeStart);
      long matchStart = System.nanoTime();
      var result = matcher.link(left, right);
      double matchSeconds = seconds(matchStart);
      json =
          json(
              left.size() + right.size(),
              Evaluation.twoSources(left, right, result.matches()),
              result.comparisons(),
              encodeSeconds,
              matchSeconds,
              seconds(start),
              threshold);
    }
    System.out.println(json);
    return 0;
  }

  private static String json(
      int records,
      Evaluation e,
      long comparisons,
      double encodeSeconds,
      double matchSeconds,
      double seconds,
      double threshold) {
    return String.format(
        Locale.ROOT,
        "{\"records\":%d,\"truePairs\":%d,\"foundPairs\":%d,\"precision\":%.4f,\"recall\":%.4f,"
            + "\"f1\":%.4f,\"comparisons\":%d,\"comparisonsPerSecond\":%.0f,\"seconds\":%.2f,"
            + "\"encodeSeconds\":%.2f,\"matchSeconds\":%.2f,\"threshold\":%.2f}",
        records,
        e.truePairs(),
        e.foundPairs(),
        e.precision(),
        e.recall(),
        e.f1(),
        comparisons,
        matchSeconds > 0 ? comparisons / matchSeconds : 0,
        seconds,
        encodeSeconds,
        matchSeconds,
        threshold);
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
    return String.format(
        Locale.ROOT,
        "{\"benchmark\":\"dice-1024-bit\",\"threads\":%d,\"comparisonsPerSecond\":%.0f,"
            + "\"error\":%.0f,\"unit\":\"comparisons/s\"}",
        threads,
        primary.getScore(),
        primary.getScoreError());
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
