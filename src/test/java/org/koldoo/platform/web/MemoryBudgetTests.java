package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Sheets read at once never take more memory than the budget; one of any size always can. */
class MemoryBudgetTests {

  private static final long KB = 1024;

  @Test
  void a_sheet_waits_while_others_hold_its_share_and_is_read_once_they_are_done() throws Exception {
    MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofSeconds(30));
    AtomicBoolean secondStarted = new AtomicBoolean();
    CompletableFuture<String> second;
    try (MemoryBudget.Share first = budget.take(60 * KB)) {
      second =
          CompletableFuture.supplyAsync(
              () ->
                  budget.taking(
                      60 * KB,
                      () -> {
                        secondStarted.set(true);
                        return "second";
                      }));
      Thread.sleep(200);
      assertThat(secondStarted).as("waits: both together would pass the budget").isFalse();
    }
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
  }

  @Test
  void a_sheet_that_waited_too_long_is_refused_as_busy_and_its_wait_holds_nothing()
      throws Exception {
    MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofMillis(100));
    try (MemoryBudget.Share first = budget.take(90 * KB)) {
      CompletableFuture<String> late =
          CompletableFuture.supplyAsync(() -> budget.taking(20 * KB, () -> "late"));
      assertThatThrownBy(() -> late.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(BusyException.class)
          .hasRootCauseMessage("error.busyReading");
    }
    assertThat(budget.taking(100 * KB, () -> "whole")).isEqualTo("whole");
  }

  @Test
  void a_sheet_larger_than_the_budget_is_read_alone_and_a_failed_read_gives_its_share_back() {
    MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofMillis(100));
    assertThat(budget.taking(500 * KB, () -> "alone")).isEqualTo("alone");
    assertThatThrownBy(
            () ->
                budget.taking(
                    100 * KB,
                    () -> {
                      throw new IllegalStateException("unreadable sheet");
                    }))
        .hasMessage("unreadable sheet");
    assertThat(budget.taking(100 * KB, () -> "again")).isEqualTo("again");
  }

  @Test
  void what_a_thread_holds_covers_what_it_reads_meanwhile_and_no_more() {
    MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofMillis(100));
    assertThat(
            budget.taking(
                60 * KB,
                () -> budget.taking(60 * KB, () -> budget.taking(90 * KB, () -> "nested"))))
        .as("an upload and the check of its file: one share, grown to the larger")
        .isEqualTo("nested");
    assertThat(budget.taking(100 * KB, () -> "whole"))
        .as("all of it given back")
        .isEqualTo("whole");
  }

  @Test
  void only_a_sheet_of_a_quarter_of_the_budget_at_most_is_kept_for_its_commit() {
    MemoryBudget budget = new MemoryBudget(100 * KB, Duration.ofMillis(100));
    assertThat(budget.keepable(20 * KB)).isTrue();
    assertThat(budget.keepable(30 * KB)).isFalse();
    assertThat(
            new MemoryBudget(100 * KB, Duration.ofMillis(100))
                .taking(RequestLimitsFilter.MAX_IMPORT, () -> "largest"))
        .isEqualTo("largest");
    assertThat(MemoryBudget.ofHeap().keepable(RequestLimitsFilter.MAX_IMPORT / 4 - KB))
        .as("the default budget is at least the largest file accepted")
        .isTrue();
  }
}
