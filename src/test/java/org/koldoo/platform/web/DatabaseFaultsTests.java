package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A database that refuses while it still answers (no health check sees it) is logged with its
 * reason, a kind at most once a minute, and counted; a lost connection is left to the health.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultsTests {

  private final AtomicLong clock = new AtomicLong();

  private static DataAccessResourceFailureException refusal(String state, String message) {
    return new DataAccessResourceFailureException(
        "PreparedStatementCallback", new SQLException(message, state));
  }

  @Test
  void a_full_disk_is_logged_with_its_reason_then_once_a_minute_with_the_count_between(
      CapturedOutput output) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Metrics.addRegistry(registry);
    try {
      String full =
          "ERROR: could not extend file \"base/16384/2619\": No space left on device\n"
              + "  Detail: Failing row contains (Айгуль).";
      for (int request = 0; request < 4; request++) {
        assertThat(DatabaseFaults.unavailable(refusal("53100", full), clock::get)).isTrue();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
      }
      assertThat(output.getAll().split("The database refused a request", -1)).hasSize(2);
      assertThat(output.getAll())
          .contains(
              "answered 503 (SQLSTATE 53100): ERROR: could not extend file \"base/16384/2619\":"
                  + " No space left on device. It still answers")
          .as("no detail line, which may quote a row")
          .doesNotContain("Айгуль");

      clock.addAndGet(Duration.ofMinutes(1).toNanos());
      DatabaseFaults.unavailable(refusal("53100", full), clock::get);
      assertThat(output.getAll().split("The database refused a request", -1)).hasSize(3);
      assertThat(output.getAll()).contains("(and 3 more since the last such line)");
      assertThat(registry.get(DatabaseFaults.METER).tag("sqlstate", "53100").counter().count())
          .isEqualTo(5);
    } finally {
      Metrics.removeRegistry(registry);
    }
  }

  @Test
  void each_kind_of_refusal_is_logged_on_its_own(CapturedOutput output) {
    DatabaseFaults.unavailable(refusal("58030", "ERROR: could not read block 7"), clock::get);
    DatabaseFaults.unavailable(refusal("53200", "ERROR: out of memory"), clock::get);
    assertThat(output.getAll())
        .contains("(SQLSTATE 58030): ERROR: could not read block 7.")
        .contains("(SQLSTATE 53200): ERROR: out of memory.");
  }

  @Test
  void a_lost_connection_is_unavailable_without_a_line_here_and_bad_input_is_not_unavailable(
      CapturedOutput output) {
    assertThat(
            DatabaseFaults.unavailable(
                refusal("08006", "An I/O error occurred while sending to the backend."),
                clock::get))
        .isTrue();
    assertThat(
            DatabaseFaults.unavailable(
                refusal("57P01", "FATAL: terminating connection due to administrator command"),
                clock::get))
        .isTrue();
    assertThat(
            DatabaseFaults.unavailable(
                new DataIntegrityViolationException(
                    "insert", new SQLException("duplicate key", "23505")),
                clock::get))
        .isFalse();
    assertThat(output.getAll()).doesNotContain("The database refused a request");
  }
}
