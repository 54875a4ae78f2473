package org.koldoo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long an event that keeps failing waits before it is handed to its listener again. */
class FailedEventRetriesTests {

  @Test
  void the_first_tries_come_each_minute_then_the_wait_doubles_up_to_an_hour() {
    for (int tries = 0; tries < FailedEventRetries.QUICK_TRIES; tries++) {
      assertThat(FailedEventRetries.waitAfter(tries)).as("try " + tries).isZero();
    }
    assertThat(FailedEventRetries.waitAfter(5)).isEqualTo(Duration.ofMinutes(2));
    assertThat(FailedEventRetries.waitAfter(6)).isEqualTo(Duration.ofMinutes(4));
    assertThat(FailedEventRetries.waitAfter(9)).isEqualTo(Duration.ofMinutes(32));
    assertThat(FailedEventRetries.waitAfter(10)).isEqualTo(Duration.ofHours(1));
    assertThat(FailedEventRetries.waitAfter(1000)).isEqualTo(Duration.ofHours(1));
  }
}
