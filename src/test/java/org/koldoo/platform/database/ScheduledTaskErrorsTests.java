package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A scheduled task that fails because the database is away writes one line; any other failure its
 * stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledTaskErrorsTests {

  @Test
  void a_database_away_is_one_line_and_anything_else_a_stack_trace(CapturedOutput output)
      throws Exception {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    new ScheduledTaskErrors().scheduledTaskErrorHandler().customize(scheduler);
    scheduler.initialize();
    try {
      scheduler.schedule(
          () -> {
            throw new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new java.sql.SQLTransientConnectionException(
                    "koldoo - Connection is not available"));
          },
          Instant.now());
      waitFor(output, "the database cannot be reached");
      assertThat(output.getOut()).doesNotContain("\tat ");

      scheduler.schedule(
          () -> {
            throw new IllegalStateException("a fault of our own");
          },
          Instant.now());
      waitFor(output, "Unexpected error occurred in scheduled task");
      assertThat(output.getOut()).contains("a fault of our own", "\tat ");
    } finally {
      scheduler.shutdown();
    }
  }

  private static void waitFor(CapturedOutput output, String text) throws InterruptedException {
    for (int i = 0; i < 100 && !output.getOut().contains(text); i++) {
      Thread.sleep(50);
    }
    assertThat(output.getOut()).contains(text);
  }
}
