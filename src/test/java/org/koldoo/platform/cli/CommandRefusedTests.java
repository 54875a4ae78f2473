package org.koldoo.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

/** A refusal is found however deep the failed start wraps it, and reported as its sentence. */
class CommandRefusedTests {

  private final CommandRefused refused = new CommandRefused(2, "restore needs an empty database");

  @Test
  void a_refusal_is_found_in_the_failed_start_that_wraps_it() {
    var start =
        new IllegalStateException(
            "context", new BeanCreationException("flywayInitializer", "init failed", refused));
    assertThat(CommandRefused.in(start)).isSameAs(refused);
    assertThat(CommandRefused.in(new IllegalStateException("other"))).isNull();
  }

  @Test
  void a_refusal_is_reported_as_its_sentence() {
    var analysis =
        new CommandRefusedFailureAnalyzer()
            .analyze(new BeanCreationException("flywayInitializer", "init failed", refused));
    assertThat(analysis.getDescription()).isEqualTo("restore needs an empty database");
    assertThat(analysis.getAction()).contains("Nothing was changed");
  }
}
