package org.koldoo.imports.internal;

import java.util.List;

/**
 * A sheet of a file as read: each row with its number as the spreadsheet shows it, each cell a
 * {@code String}, {@code Double}, {@code Boolean}, {@code java.time.LocalDateTime} or null.
 */
record Sheet(List<Row> rows) {

  record Row(int number, List<Object> cells) {

    Object cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
      return cells.stream()
          .allMatch(c -> c == null || (c instanceof String s && s.strip().isEmpty()));
    }
  }
}
