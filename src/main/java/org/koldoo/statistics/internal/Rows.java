package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records, as read by {@link #sql()}: each row's period, person (numbered), codes per table
 * (table 0 is the totals, table {@code 1 + i} the i-th breakdown; a code numbers a value of that
 * breakdown, a list gives each distinct value once) and whether each measure's filter holds.
 */
record Rows(
    int[] period,
    int[] person,
    int[][][] codes,
    boolean[][] holds,
    int size,
    List<List<String>> names,
    Map<UUID, Integer> persons) {

  /**
   * The first row of each (person, period) slot; {@code next} links each row to the next of its
   * slot (-1: none).
   */
  int[] chains(int[] next) {
    int persons = 0;
    for (int i = 0; i < size; i++) {
      persons = Math.max(persons, person[i] + 1);
    }
    int[] head = new int[persons * 3];
    Arrays.fill(head, -1);
    for (int i = size - 1; i >= 0; i--) {
      int slot = person[i] * 3 + period[i];
      next[i] = head[slot];
      head[slot] = i;
    }
    return head;
  }

  /** The counts as the engine's rows: b, breakdown, key, then one value per measure. */
  List<Object[]> table(
      long[][] counts, List<org.koldoo.statistics.Breakdown> breakdowns, int width) {
    int tables = breakdowns.size() + 1;
    List<Object[]> result = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      String label = t == 0 ? null : breakdowns.get(t - 1).name();
      List<String> values = names.get(t);
      for (int code = 0; code < values.size(); code++) {
        for (int b = 0; b < 3; b++) {
          Object[] row = new Object[3 + width];
          row[0] = b;
          row[1] = label;
          row[2] = t == 0 ? null : values.get(code);
          for (int m = 0; m < width; m++) {
            row[3 + m] = counts[t][(code * 3 + b) * width + m];
          }
          result.add(row);
        }
      }
    }
    return result;
  }

  static boolean contains(int[] values, int size, int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
