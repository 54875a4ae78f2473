package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koldoo.statistics.Breakdown;

/**
 * The figures of a base whose rows carry the person: PostgreSQL returns one narrow row per record
 * (period, person, the breakdowns' values, and whether each measure's filter holds), and the
 * counting happens here, grouped by period and person in one pass.
 *
 * <p>Counting distinct persons in SQL needs every row grouped by person once per breakdown, and
 * almost every person has a single row; here a person's rows are gathered once, and a person with
 * one row is counted without any set. The result has the same shape as the SQL branches of {@link
 * ReportEngine}: period, breakdown (null for totals), value, then one count per indicator.
 */
final class PersonCounts {

  /** {@code count(*)} or {@code count(distinct person_id)}, optionally filtered. */
  private static final Pattern MEASURE =
      Pattern.compile("^count\\((\\*|distinct person_id)\\)(?: filter \\(where (.*)\\))?$");

  private record Measure(boolean persons, String condition) {}

  private final Base base;
  private final List<IndicatorDefinition> indicators;
  private final List<Measure> measures = new ArrayList<>();
  private final List<Breakdown> breakdowns;

  private static final int[] NONE = {};

  PersonCounts(Base base, List<IndicatorDefinition> indicators) {
    this.base = base;
    this.indicators = indicators;
    for (IndicatorDefinition d : indicators) {
      Matcher m = MEASURE.matcher(d.measure());
      if (!m.matches()) {
        throw new IllegalStateException(
            "Indicator "
                + d.id()
                + " of base "
                + base.name()
                + " must count rows or distinct persons, optionally filtered: "
                + d.measure());
      }
      measures.add(new Measure(m.group(1).startsWith("distinct"), m.group(2)));
    }
    if (measures.size() > 63) {
      throw new IllegalStateException("Base " + base.name() + " has more than 63 indicators");
    }
    Set<Breakdown> used = new LinkedHashSet<>();
    indicators.forEach(d -> used.addAll(d.breakdowns()));
    this.breakdowns = List.copyOf(used);
  }

  /**
   * One row per record in the three periods: b, the person, each breakdown's value and a bit mask
   * of the measures whose filter the row meets. A breakdown used only by filtered measures is sent
   * only on rows that meet one of their filters, to keep the rows short.
   */
  String sql() {
    StringBuilder sql =
        new StringBuilder("with person as (")
            .append(Bases.PERSON)
            .append("), base as (")
            .append(base.sql())
            .append(") select b, person_id");
    // breakdowns are of the report period only (b = 0); the periods before it have totals
    for (Breakdown b : breakdowns) {
      Base.Dim dim = base.dims().get(b);
      if (dim.multi()) {
        sql.append(", case when b = 0 then ").append(dim.column()).append("::text end");
        continue;
      }
      String value = "coalesce(nullif(%s::text, ''), 'UNKNOWN')".formatted(dim.column());
      // the filters of the measures broken down by it; null for a measure without one
      List<String> counting = new ArrayList<>();
      for (int m = 0; m < measures.size(); m++) {
        if (indicators.get(m).breakdowns().contains(b)) {
          counting.add(measures.get(m).condition());
        }
      }
      sql.append(", case when b = 0")
          .append(counting.contains(null) ? "" : " and %s".formatted(anyOf(counting)))
          .append(" then ")
          .append(value)
          .append(" end");
    }
    List<String> filters = new ArrayList<>();
    List<String> bits = new ArrayList<>();
    for (int m = 0; m < measures.size(); m++) {
      String condition = measures.get(m).condition();
      if (condition != null) {
        filters.add(condition);
        bits.add("case when %s then %d else 0 end".formatted(condition, 1L << m));
      }
    }
    sql.append(", ").append(bits.isEmpty() ? "0" : String.join(" | ", bits));
    // rows outside the three periods (b null) are skipped while reading, which costs less than
    // evaluating the period again here
    sql.append(" from base");
    if (filters.size() == measures.size()) {
      // every measure is filtered: a row meeting none of the filters counts nowhere
      sql.append(" where ").append(anyOf(filters));
    }
    return sql.toString();
  }

  private static String anyOf(List<String> conditions) {
    return conditions.stream()
        .map("(%s)"::formatted)
        .collect(java.util.stream.Collectors.joining(" or ", "(", ")"));
  }

  Rows read(java.sql.ResultSet rs) throws java.sql.SQLException {
    int tables = breakdowns.size() + 1;
    int capacity = 1024;
    int[] period = new int[capacity];
    int[] person = new int[capacity];
    int[][][] codes = new int[tables][capacity][];
    boolean[][] holds = new boolean[measures.size()][capacity];
    Map<UUID, Integer> persons = new HashMap<>();
    List<Dictionary> dictionaries = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      dictionaries.add(new Dictionary());
    }
    int[] total = dictionaries.get(0).codesOf("");
    Map<String, int[]> lists = new HashMap<>();
    int n = 0;
    while (rs.next()) {
      if (n == capacity) {
        capacity *= 2;
        period = Arrays.copyOf(period, capacity);
        person = Arrays.copyOf(person, capacity);
        for (int t = 0; t < tables; t++) {
          codes[t] = Arrays.copyOf(codes[t], capacity);
        }
        for (int i = 0; i < holds.length; i++) {
          holds[i] = Arrays.copyOf(holds[i], capacity);
        }
      }
      period[n] = rs.getInt(1);
      if (rs.wasNull()) {
        continue;
      }
      if (period[n] < 0 || period[n] > 2) {
        throw new IllegalStateException(
            "Base " + base.name() + " gave period " + period[n] + "; b must be 0, 1, 2 or null");
      }
      person[n] = persons.computeIfAbsent(rs.getObject(2, UUID.class), p -> persons.size());
      codes[0][n] = total;
      int column = 3;
      for (int t = 1; t < tables; t++) {
        String value = rs.getString(column++);
        Dictionary dictionary = dictionaries.get(t);
        if (period[n] != 0) {
          codes[t][n] = NONE;
        } else if (base.dims().get(breakdowns.get(t - 1)).multi()) {
          codes[t][n] = lists.computeIfAbsent(t + ":" + value, k -> dictionary.codesOfList(value));
        } else {
          // null: not sent, since no measure of this breakdown counts the row
          codes[t][n] = value == null ? NONE : dictionary.codesOf(value);
        }
      }
      long mask = rs.getLong(column);
      for (int m = 0; m < holds.length; m++) {
        holds[m][n] = measures.get(m).condition() == null || (mask & (1L << m)) != 0;
      }
      n++;
    }
    List<List<String>> names = dictionaries.stream().map(d -> List.copyOf(d.names)).toList();
    return new Rows(period, person, codes, holds, n, names, persons);
  }

  /** Whether measure {@code m} counts persons (not rows). */
  boolean countsPersons(int m) {
    return measures.get(m).persons();
  }

  /** The persons (numbered as in {@code rows}) measure {@code m} counts in the report period. */
  java.util.BitSet counted(Rows rows, int m) {
    java.util.BitSet counted = new java.util.BitSet();
    boolean[] holds = rows.holds()[m];
    for (int i = 0; i < rows.size(); i++) {
      if (rows.period()[i] == 0 && holds[i]) {
        counted.set(rows.person()[i]);
      }
    }
    return counted;
  }

  /**
   * How many pending pairs (two persons each) touch a person measure {@code m} counts in the report
   * period: confirming any of them could change the figure.
   */
  long pending(Rows rows, int m, List<UUID[]> pairs) {
    java.util.BitSet counted = counted(rows, m);
    long pending = 0;
    for (UUID[] pair : pairs) {
      Integer a = rows.persons().get(pair[0]);
      Integer b = rows.persons().get(pair[1]);
      if (a != null && counted.get(a) || b != null && counted.get(b)) {
        pending++;
      }
    }
    return pending;
  }

  /**
   * Counts every measure, in total and by each breakdown its indicator supports; a measure of
   * persons counts each person once per period and value, however many rows they have there.
   */
  List<Object[]> count(Rows rows) {
    int width = measures.size();
    int tables = breakdowns.size() + 1;
    int[][] computed = computed(width, tables);
    // each period's rows gathered by person: a linked list per (person, period)
    int[] next = new int[rows.size()];
    int[] head = rows.chains(next);
    // counts[t][(code * 3 + period) * width + measure]
    long[][] counts = new long[tables][];
    Arrays.setAll(counts, t -> new long[rows.names().get(t).size() * 3 * width]);
    int[] seen = new int[16];
    for (int slot = 0; slot < head.length; slot++) {
      int first = head[slot];
      if (first < 0) {
        continue;
      }
      int b = slot % 3;
      boolean single = next[first] < 0;
      for (int t = 0; t < tables; t++) {
        long[] table = counts[t];
        int[][] codes = rows.codes()[t];
        for (int m : computed[t]) {
          boolean[] holds = rows.holds()[m];
          boolean distinct = measures.get(m).persons();
          if (single) {
            if (holds[first]) {
              for (int code : codes[first]) {
                table[(code * 3 + b) * width + m]++;
              }
            }
            continue;
          }
          int seenCount = 0;
          for (int r = first; r >= 0; r = next[r]) {
            if (!holds[r]) {
              continue;
            }
            for (int code : codes[r]) {
              if (distinct) {
                if (Rows.contains(seen, seenCount, code)) {
                  continue;
                }
                if (seenCount == seen.length) {
                  seen = Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = code;
              }
              table[(code * 3 + b) * width + m]++;
            }
          }
        }
      }
    }
    return rows.table(counts, breakdowns, width);
  }

  /** Which measures each table computes: all in the totals, else those broken down by it. */
  private int[][] computed(int width, int tables) {
    int[][] computed = new int[tables][];
    for (int t = 0; t < tables; t++) {
      List<Integer> ms = new ArrayList<>();
      for (int m = 0; m < width; m++) {
        if (t == 0 || indicators.get(m).breakdowns().contains(breakdowns.get(t - 1))) {
          ms.add(m);
        }
      }
      computed[t] = ms.stream().mapToInt(Integer::intValue).toArray();
    }
    return computed;
  }
}
