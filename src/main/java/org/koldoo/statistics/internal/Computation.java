package org.koldoo.statistics.internal;

import java.util.List;
import java.util.Map;
import org.koldoo.statistics.Period;

/**
 * The three periods, newest first, each indicator's figures in the same order; the periods before
 * the report period have totals only, no breakdowns.
 */
record Computation(
    List<Period> periods, Map<String, List<Figure>> figures, Map<String, Double> baseSeconds) {

  Figure current(String id) {
    return figures.get(id).get(0);
  }
}
