package org.koldoo.statistics.internal;

import java.util.Map;
import org.koldoo.statistics.Breakdown;

/**
 * An indicator's value for one period: {@code null} when no data stands behind it (its register had
 * no record yet by the period's end), else the count with its breakdowns (key → count; computed for
 * the report period only, empty for the periods before it).
 */
record Figure(Long value, Map<Breakdown, Map<String, Long>> breakdowns) {

  static final Figure NO_DATA = new Figure(null, Map.of());

  boolean hasData() {
    return value != null;
  }
}
