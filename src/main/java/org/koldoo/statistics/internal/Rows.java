package org.koldoo.statistics.internal;

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
    Map<UUID, Integer> persons) {}
