package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTests {

  @Test
  void a_small_cell_and_a_partner_in_its_row_and_column_are_hidden() {
    Suppression.Table t = Suppression.apply(new long[][] {{3, 20, 30}, {12, 15, 40}});
    assertThat(t.cell(0, 0)).isEqualTo("<5");
    // row 0 needs a second hidden cell (20 is the smallest), column 0 too (12)
    assertThat(t.cell(0, 1)).isEqualTo("x");
    assertThat(t.cell(1, 0)).isEqualTo("x");
    // and then column 1 and row 1 each hold two: 15 is hidden to pair with 12 and 20
    assertThat(t.cell(1, 1)).isEqualTo("x");
    assertThat(t.cell(0, 2)).isEqualTo("30");
    assertThat(t.cell(2, 3)).isEqualTo("120");
    assertNothingRecoverable(t);
  }

  @Test
  void zeros_and_large_counts_are_shown() {
    Suppression.Table t = Suppression.apply(new long[][] {{0, 20}, {7, 9}});
    for (int r = 0; r < t.rows(); r++) {
      for (int c = 0; c < t.columns(); c++) {
        assertThat(t.cell(r, c)).doesNotContain("<", "x");
      }
    }
  }

  @Test
  void no_hidden_cell_can_be_worked_out_from_any_row_or_column_total() {
    Random random = new Random(42);
    for (int run = 0; run < 2000; run++) {
      int rows = 1 + random.nextInt(5);
      int cols = 1 + random.nextInt(5);
      long[][] cells = new long[rows][cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          cells[r][c] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
        }
      }
      Suppression.Table t = Suppression.apply(cells);
      assertNothingRecoverable(t);
      for (int r = 0; r < t.rows(); r++) {
        for (int c = 0; c < t.columns(); c++) {
          long v = t.full()[r][c];
          if (v > 0 && v < 5) {
            assertThat(t.cell(r, c)).isEqualTo("<5");
          }
        }
      }
    }
  }

  /** Each row and column (margins included) holds no hidden cell or at least two. */
  static void assertNothingRecoverable(Suppression.Table t) {
    for (int r = 0; r < t.rows(); r++) {
      int hidden = 0;
      for (int c = 0; c < t.columns(); c++) {
        hidden += t.marks()[r][c] == Suppression.Mark.SHOWN ? 0 : 1;
      }
      assertThat(hidden).as("row %d", r).isNotEqualTo(1);
    }
    for (int c = 0; c < t.columns(); c++) {
      int hidden = 0;
      for (int r = 0; r < t.rows(); r++) {
        hidden += t.marks()[r][c] == Suppression.Mark.SHOWN ? 0 : 1;
      }
      assertThat(hidden).as("column %d", c).isNotEqualTo(1);
    }
  }
}
