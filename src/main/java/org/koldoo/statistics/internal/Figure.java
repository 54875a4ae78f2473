package org.koldoo.statistics.internal;

import java.util.Map;
import org.koldoo.statistics.Breakdown;

/**
 * An indicator's value for one period: {@code null} when no data stands behind it (its register had
 * no record yet by the period's end), else the count with its breakdowns (key → count; computed for
 * the report period only, empty for the periods before it). For a count of persons in the report
 * period, {@code pendingLinks} says how many pairs of cases waiting for a linkage reviewer involve
 * a person counted in it — each could change it by one; null where it does not apply.
 */
record Figure(Long value, Map<Breakdown, Map<String, Long>> breakdowns, Long pendingLinks) {

  static final Figure NO_DATA = new Figure(null, Map.of(), null);

  Figure(Long value, Map<Breakdown, Map<String, Long>> breakdowns) {
    this(value, breakdowns, null);
  }

  Figure withPending(Long pending) {
    return new Figure(value, breakdowns, pending);
  }

  boolean hasData() {
    return value != null;
  }
}
