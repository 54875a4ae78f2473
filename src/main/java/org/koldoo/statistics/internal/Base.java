package org.koldoo.statistics.internal;

import java.util.Map;
import org.koldoo.statistics.Breakdown;

/**
 * One query over the published facts views whose rows are the counted items (persons, cases,
 * events…) of several indicators. Every row carries {@code b}: 0 for the report period, 1 and 2 for
 * the two before it, null for rows outside all three.
 *
 * @param name short name, for logs and the benchmark
 * @param source the records whose existence says whether the figures have data behind them
 * @param sql a select whose columns include {@code b} and every dimension expression
 * @param dims each breakdown's column; a {@code multi} column is a comma-separated list
 * @param perPerson every row carries {@code person_id} and every measure counts rows or distinct
 *     persons; such a base is counted by {@link PersonCounts}
 */
record Base(String name, Source source, String sql, Map<Breakdown, Dim> dims, boolean perPerson) {

  Base(String name, Source source, String sql, Map<Breakdown, Dim> dims) {
    this(name, source, sql, dims, false);
  }

  record Dim(String column, boolean multi) {
    static Dim of(String column) {
      return new Dim(column, false);
    }

    static Dim list(String column) {
      return new Dim(column, true);
    }
  }
}
