package org.koldoo.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.koldoo.demo.SyntheticDatasets;
import org.koldoo.platform.cli.Json;
import org.koldoo.platform.cli.KoldooCommand;
import org.koldoo.platform.cli.OperatorCommand;
import org.koldoo.platform.synthetic.RunOptions;
import org.koldoo.platform.synthetic.Scale;
import org.koldoo.statistics.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bench report [--scale 100x] [--years 2019-2021] [--seed 1]}: loads (or reuses) the
 * synthetic dataset, then times the full annual report for the last year against the same figures
 * written as bare SQL over the tables ({@code bench/report-bare.sql}), checks that both agree, and
 * prints one JSON object. Each side runs once to warm up, then five times; the medians are kept.
 * Both run on the report's two threads with the same planner settings.
 */
@Component
class ReportBenchmark implements KoldooCommand {

  private static final int RUNS = 5;

  private final SyntheticDatasets datasets;
  private final AnnualReport report;
  private final ReportEngine engine;
  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  ReportBenchmark(
      SyntheticDatasets datasets,
      AnnualReport report,
      ReportEngine engine,
      JdbcClient jdbc,
      java.time.Clock clock) {
    this.datasets = datasets;
    this.report = report;
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public OperatorCommand command() {
    return OperatorCommand.BENCH_REPORT;
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    var parsed =
        RunOptions.parseOrExplain(
            arguments,
            Scale.HUNDRED_X,
            java.time.LocalDate.now(clock).getYear(),
            "bench report " + description(),
            System.err);
    if (parsed.isEmpty()) {
      return 2;
    }
    RunOptions options = parsed.get();
    Scale scale = options.scale();
    int last = options.lastYear();
    SyntheticDatasets.Dataset dataset =
        datasets.ensure(scale, options.firstYear(), last, options.seed());
    Period period = Period.year(last);
    List<Period> periods = List.of(period, period.previous(), period.previous().previous());
    Map<String, Object> params = engine.params(periods);
    List<String> bare = statements();

    report.compute(period, Locale.ENGLISH);
    Map<String, long[]> expected = bare(bare, params);
    double[] reportTimes = new double[RUNS];
    double[] bareTimes = new double[RUNS];
    AnnualReport.Report result = null;
    Map<String, Double> slowest = new java.util.TreeMap<>();
    for (int run = 0; run < RUNS; run++) {
      long t0 = System.nanoTime();
      Computation computation = engine.compute(period);
      result = report.compute(computation, period, Locale.ENGLISH);
      computation.baseSeconds().forEach((k, v) -> slowest.merge(k, v, Math::max));
      reportTimes[run] = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      bare(bare, params);
      bareTimes[run] = (System.nanoTime() - t1) / 1e9;
    }
    List<String> mismatches = new ArrayList<>();
    int compared = compare(result, expected, mismatches);
    double reportSeconds = median(reportTimes);
    double bareSeconds = median(bareTimes);
    Map<String, Object> slowestQueries = new java.util.LinkedHashMap<>();
    slowest.forEach((name, s) -> slowestQueries.put(name, Json.fixed(s, 3)));
    out.println(
        Json.write(
            Json.object(
                "scale", scale.label(),
                "rows", dataset.totalRows(),
                "year", last,
                "indicators", result.indicators().size(),
                "reportSeconds", Json.fixed(reportSeconds, 3),
                "bareSqlSeconds", Json.fixed(bareSeconds, 3),
                "ratio", Json.fixed(reportSeconds / bareSeconds, 2),
                "figuresCompared", compared,
                "mismatches", mismatches.size(),
                "slowestQuerySeconds", slowestQueries)));
    if (!mismatches.isEmpty()) {
      System.err.println("report and bare SQL disagree: " + mismatches);
      return 1;
    }
    return 0;
  }

  /**
   * Compares the report's figures with the bare queries', for every period the report has a figure
   * for; returns how many were compared and adds each disagreement to {@code mismatches}.
   */
  private static int compare(
      AnnualReport.Report result, Map<String, long[]> expected, List<String> mismatches) {
    int compared = 0;
    for (var e : expected.entrySet()) {
      AnnualReport.Line line = result.line(e.getKey());
      Long[] got = {line.value(), line.previous().get(0), line.previous().get(1)};
      for (int k = 0; k < 3; k++) {
        if (got[k] == null) {
          continue;
        }
        compared++;
        if (got[k] != e.getValue()[k]) {
          mismatches.add(e.getKey() + "[" + k + "]=" + got[k] + "/" + e.getValue()[k]);
        }
      }
    }
    return compared;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Every indicator's three values, as the bare SQL computes them. */
  private Map<String, long[]> bare(List<String> statements, Map<String, Object> params) {
    Map<String, long[]> values = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (String sql : statements) {
      running.add(
          CompletableFuture.runAsync(
              () ->
                  engine.analytic(
                      () -> {
                        jdbc.sql(sql)
                            .params(params)
                            .query(
                                (org.springframework.jdbc.core.RowCallbackHandler)
                                    rs -> collect(rs, values));
                        return null;
                      }),
              engine.executor()));
    }
    running.forEach(CompletableFuture::join);
    return values;
  }

  private static void collect(ResultSet rs, Map<String, long[]> values) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int b = rs.getInt(1);
    for (int c = 2; c <= meta.getColumnCount(); c++) {
      String id = meta.getColumnLabel(c).toUpperCase(Locale.ROOT);
      values.computeIfAbsent(id, k -> new long[3])[b] = rs.getLong(c);
    }
  }

  static List<String> statements() {
    try (InputStream in = ReportBenchmark.class.getResourceAsStream("/bench/report-bare.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.strip().endsWith(";")) {
          String sql = current.toString().strip();
          statements.add(sql.substring(0, sql.length() - 1));
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
