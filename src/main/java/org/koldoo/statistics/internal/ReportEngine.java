package org.koldoo.statistics.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes every indicator for a period and the two periods of the same length before it. One query
 * per {@link Base} returns all its indicators' totals and breakdowns for the three periods at once;
 * the bases run two at a time.
 */
@Component
class ReportEngine implements AutoCloseable {

  private final JdbcClient jdbc;
  private final IndicatorCatalogue catalogue;
  private final BigDecimal feeCap;
  private final Clock clock;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "report");
            t.setDaemon(true);
            return t;
          });

  private final TransactionTemplate readOnly;

  /** Each base's last duration, to start the longest first. */
  private final Map<String, Double> lastSeconds = new java.util.concurrent.ConcurrentHashMap<>();

  ReportEngine(
      JdbcClient jdbc,
      IndicatorCatalogue catalogue,
      PlatformTransactionManager transactions,
      @Value("${koldoo.prevention.fee-cap-kgs:1000}") BigDecimal feeCap,
      Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.feeCap = feeCap;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * Runs a statistics query in a read-only transaction planned for analytics: the person mapping
   * and the per-person aggregates are CTEs without statistics, on which PostgreSQL's row estimates
   * (200) would choose nested loops that grow with the square of the persons; hash joins and enough
   * memory to sort in RAM keep every base linear.
   */
  <T> T analytic(java.util.function.Supplier<T> query) {
    return readOnly.execute(
        status -> {
          jdbc.sql(
                  """
                      select set_config('enable_nestloop', 'off', true),
                      set_config('work_mem', '64MB', true),
                      set_config('plan_cache_mode', 'force_custom_plan', true)
                      """)
              .query((rs, i) -> 0)
              .list();
          return query.get();
        });
  }

  Computation compute(Period period) {
    List<Period> periods = List.of(period, period.previous(), period.previous().previous());
    Map<String, Object> params = params(periods);

    Map<Base, List<IndicatorDefinition>> byBase = new LinkedHashMap<>();
    for (IndicatorDefinition d : catalogue.all()) {
      byBase.computeIfAbsent(d.base(), b -> new ArrayList<>()).add(d);
    }
    List<UUID[]> pending = pendingPairs();
    Map<Base, CompletableFuture<Counted>> running = new LinkedHashMap<>();
    Map<String, Double> seconds = new java.util.concurrent.ConcurrentSkipListMap<>();
    // longest first, so that the two threads finish together rather than one waiting on a late
    // long query
    List<Base> order = new ArrayList<>(byBase.keySet());
    order.sort(java.util.Comparator.comparingDouble(this::expectedSeconds).reversed());
    for (Base base : order) {
      running.put(
          base,
          CompletableFuture.supplyAsync(
              () -> {
                long started = System.nanoTime();
                Counted rows = run(base, byBase.get(base), params, pending);
                double took = (System.nanoTime() - started) / 1e9;
                seconds.put(base.name(), took);
                lastSeconds.put(base.name(), took);
                return rows;
              },
              pool));
    }
    Map<Source, LocalDate> firstRecords = firstRecords();

    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    for (IndicatorDefinition d : catalogue.all()) {
      List<IndicatorDefinition> siblings = byBase.get(d.base());
      int column = siblings.indexOf(d);
      Counted counted = running.get(d.base()).join();
      LocalDate first = firstRecords.get(d.base().source());
      List<Figure> three = new ArrayList<>(3);
      for (int k = 0; k < 3; k++) {
        boolean data = first != null && !first.isAfter(periods.get(k).to());
        Figure f = data ? figure(d, k, column, counted.rows()) : Figure.NO_DATA;
        if (data && k == 0 && counted.pending().containsKey(column)) {
          f = f.withPending(counted.pending().get(column));
        }
        three.add(f);
      }
      figures.put(d.id(), three);
    }
    return new Computation(periods, figures, seconds);
  }

  /** How long a base took last time; before any run, the bases of persons are the long ones. */
  private double expectedSeconds(Base base) {
    return lastSeconds.getOrDefault(base.name(), base.perPerson() ? 1.0 : 0.0);
  }

  private static Figure figure(IndicatorDefinition d, int k, int column, List<Object[]> rows) {
    long total = 0;
    Map<Breakdown, Map<String, Long>> breakdowns = new EnumMap<>(Breakdown.class);
    if (k == 0) {
      // breakdowns are computed for the report period only
      for (Breakdown b : d.breakdowns()) {
        breakdowns.put(b, new TreeMap<>());
      }
    }
    for (Object[] row : rows) {
      if (((Number) row[0]).intValue() != k) {
        continue;
      }
      long n = ((Number) row[3 + column]).longValue();
      if (row[1] == null) {
        total = n;
      } else {
        Map<String, Long> counts = breakdowns.get(Breakdown.valueOf((String) row[1]));
        if (counts != null && n != 0) {
          counts.merge((String) row[2], n, Long::sum);
        }
      }
    }
    return new Figure(total, breakdowns);
  }

  /**
   * A base's counted rows, and for each indicator (by column) that counts persons how many pending
   * linkage pairs could change its report-period figure.
   */
  record Counted(List<Object[]> rows, Map<Integer, Long> pending) {}

  private Counted run(
      Base base,
      List<IndicatorDefinition> indicators,
      Map<String, Object> params,
      List<UUID[]> pendingPairs) {
    if (base.perPerson()) {
      PersonCounts counts = new PersonCounts(base, indicators);
      Rows rows = analytic(() -> jdbc.sql(counts.sql()).params(params).query(counts::read));
      Map<Integer, Long> pending = new HashMap<>();
      for (int m = 0; m < indicators.size(); m++) {
        if (counts.countsPersons(m)) {
          pending.put(m, counts.pending(rows, m, pendingPairs));
        }
      }
      return new Counted(counts.count(rows), pending);
    }
    String sql = ReportQueries.query(base, indicators);
    int width = 3 + indicators.size();
    return new Counted(analytic(() -> select(sql, params, width)), Map.of());
  }

  /**
   * The pairs of cases waiting for a linkage reviewer, as the pairs of persons they would join
   * (pairs already of one person left out).
   */
  private List<UUID[]> pendingPairs() {
    return analytic(
        () ->
            jdbc.sql(ReportQueries.PENDING_PAIRS.formatted(Bases.PERSON))
                .query(
                    (rs, i) ->
                        new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list());
  }

  private List<Object[]> select(String sql, Map<String, Object> params, int width) {
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) -> {
              Object[] row = new Object[width];
              row[0] = rs.getInt(1);
              row[1] = rs.getString(2);
              row[2] = rs.getString(3);
              for (int c = 3; c < width; c++) {
                row[c] = rs.getLong(c + 1);
              }
              return row;
            })
        .list();
  }

  /**
   * One measure of a base for the report period, by two of its single-valued columns at once (e.g.
   * sex by age group), for tables that need the cross-classification.
   */
  Map<List<String>, Long> cross(Base base, String measure, Period period, String a, String b) {
    List<Period> periods = List.of(period, period.previous(), period.previous().previous());
    return jdbc
        .sql(ReportQueries.CROSS.formatted(Bases.PERSON, base.sql(), a, b, measure))
        .params(params(periods))
        .query((rs, i) -> Map.entry(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
  }

  /** The given columns of a base's rows in the period (its first period), one array per row. */
  List<Object[]> rows(Base base, Period period, String... columns) {
    List<Period> periods = List.of(period, period.previous(), period.previous().previous());
    return analytic(
        () ->
            jdbc.sql(
                    ReportQueries.ROWS.formatted(
                        Bases.PERSON, base.sql(), String.join(", ", columns)))
                .params(params(periods))
                .query(
                    (rs, i) -> {
                      Object[] row = new Object[columns.length];
                      for (int c = 0; c < columns.length; c++) {
                        row[c] = rs.getObject(c + 1);
                      }
                      return row;
                    })
                .list());
  }

  Map<String, Object> params(List<Period> periods) {
    Map<String, Object> params = new HashMap<>();
    for (int k = 0; k < 3; k++) {
      params.put("f" + k, Date.valueOf(periods.get(k).from()));
      params.put("t" + k, Date.valueOf(periods.get(k).to()));
    }
    params.put("lo", Date.valueOf(periods.get(2).from()));
    params.put("hi", Date.valueOf(periods.get(0).to()));
    params.put("cap", feeCap);
    // "today" of koldoo.time-zone, for what is overdue (the database's own day is the server's)
    params.put("today", Date.valueOf(LocalDate.now(clock)));
    return params;
  }

  private Map<Source, LocalDate> firstRecords() {
    Map<Source, LocalDate> first = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      jdbc.sql(s.firstRecordSql())
          .query(LocalDate.class)
          .optional()
          .ifPresent(d -> first.put(s, d));
    }
    return first;
  }

  /** The two threads the report's queries run on; the benchmark's bare SQL uses them too. */
  java.util.concurrent.Executor executor() {
    return pool;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
