package org.koldoo.statistics.internal;

/**
 * Small-cell suppression of a two-way table with its margins. Counts 1–4 are suppressed (primary);
 * then, as long as some row or column — margins included, each being the relation "cells add up to
 * the total" — holds exactly one suppressed cell, its smallest other cell is suppressed too
 * (secondary), so no suppressed cell can be worked out from a total.
 */
final class Suppression {

  static final int THRESHOLD = 5;

  enum Mark {
    SHOWN,
    PRIMARY,
    SECONDARY
  }

  /** The table with margins: {@code full[r][c]} holds row totals and column totals. */
  record Table(long[][] full, Mark[][] marks) {

    public int rows() {
      return full.length;
    }

    public int columns() {
      return full[0].length;
    }

    public String cell(int r, int c) {
      return switch (marks[r][c]) {
        case SHOWN -> Long.toString(full[r][c]);
        case PRIMARY -> "<" + THRESHOLD;
        case SECONDARY -> "x";
      };
    }
  }

  private Suppression() {}

  static Table apply(long[][] interior) {
    int rows = interior.length;
    int cols = rows == 0 ? 0 : interior[0].length;
    long[][] full = new long[rows + 1][cols + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        full[r][c] = interior[r][c];
        full[r][cols] += interior[r][c];
        full[rows][c] += interior[r][c];
        full[rows][cols] += interior[r][c];
      }
    }
    Mark[][] marks = new Mark[rows + 1][cols + 1];
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= cols; c++) {
        marks[r][c] = full[r][c] > 0 && full[r][c] < THRESHOLD ? Mark.PRIMARY : Mark.SHOWN;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r <= rows; r++) {
        changed |= protect(full, marks, r, -1);
      }
      for (int c = 0; c <= cols; c++) {
        changed |= protect(full, marks, -1, c);
      }
    }
    return new Table(full, marks);
  }

  /** One relation (row {@code r}, or column {@code c}): a lone suppressed cell gets a partner. */
  private static boolean protect(long[][] full, Mark[][] marks, int row, int column) {
    int length = row >= 0 ? full[0].length : full.length;
    int suppressed = 0;
    int partner = -1;
    for (int i = 0; i < length; i++) {
      int r = row >= 0 ? row : i;
      int c = row >= 0 ? i : column;
      if (marks[r][c] != Mark.SHOWN) {
        suppressed++;
        continue;
      }
      if (partner < 0 || better(full[r][c], partnerValue(full, row, column, partner))) {
        partner = i;
      }
    }
    if (suppressed != 1 || partner < 0) {
      return false;
    }
    int r = row >= 0 ? row : partner;
    int c = row >= 0 ? partner : column;
    marks[r][c] = Mark.SECONDARY;
    return true;
  }

  private static long partnerValue(long[][] full, int row, int column, int i) {
    return row >= 0 ? full[row][i] : full[i][column];
  }

  /** Prefers the smallest non-zero count; a zero only when nothing else is left. */
  private static boolean better(long candidate, long current) {
    if (current == 0) {
      return candidate != 0;
    }
    return candidate != 0 && candidate < current;
  }
}
