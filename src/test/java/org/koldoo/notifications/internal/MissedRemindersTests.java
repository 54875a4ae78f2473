package org.koldoo.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A server started after the morning's reminders were due sends them; before, nothing. */
class MissedRemindersTests {

  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  private final Notices notices = mock(Notices.class);

  private MissedReminders at(String cron) {
    return new MissedReminders(notices, Clock.system(BISHKEK), cron);
  }

  private static ZonedDateTime on(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(BISHKEK);
  }

  @Test
  void a_start_before_the_reminders_time_leaves_them_to_the_schedule() {
    assertThat(at("0 0 7 * * *").catchUp(on(6, 59))).isZero();
    verify(notices, never()).remind(any());
  }

  @Test
  void a_start_after_it_sends_the_days_reminders_not_yet_sent() {
    when(notices.remind(DAY)).thenReturn(3);
    assertThat(at("0 0 7 * * *").catchUp(on(7, 0))).isEqualTo(3);
    assertThat(at("0 0 7 * * *").catchUp(on(14, 30))).isEqualTo(3);
    verify(notices, times(2)).remind(DAY);
  }

  @Test
  void reminders_switched_off_or_not_due_that_day_are_not_sent() {
    assertThat(at("-").catchUp(on(12, 0))).isZero();
    assertThat(at("0 0 7 * * MON").catchUp(on(12, 0)))
        .as("2 December 2026 is a Wednesday")
        .isZero();
    verify(notices, never()).remind(any());
  }

  @Test
  void only_a_server_catches_up_not_a_command_or_a_test_without_one() {
    MissedReminders reminders = at("0 0 0 * * *"); // due at midnight: always passed
    var command = new GenericApplicationContext();
    reminders.serving(new ApplicationReadyEvent(new SpringApplication(), null, command, null));
    verify(notices, never()).remind(any());

    var server = mock(ServletWebServerApplicationContext.class);
    reminders.serving(new ApplicationReadyEvent(new SpringApplication(), null, server, null));
    verify(notices).remind(LocalDate.now(Clock.system(BISHKEK)));

    // the database away for a moment: the server stays up, the reminders wait
    when(notices.remind(any())).thenThrow(new CannotGetJdbcConnectionException("refused"));
    assertThatCode(
            () ->
                reminders.serving(
                    new ApplicationReadyEvent(new SpringApplication(), null, server, null)))
        .doesNotThrowAnyException();
  }
}
