package org.koldoo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DaysTests {

  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

  @Test
  void each_language_writes_a_day_its_own_way() {
    LocalDate day = LocalDate.of(2026, 11, 20);
    assertThat(new Days(Locale.forLanguageTag("ky"), BISHKEK).of(day)).isEqualTo("20.11.2026");
    assertThat(new Days(Locale.forLanguageTag("ru"), BISHKEK).of(day)).isEqualTo("20.11.2026");
    assertThat(new Days(Locale.ENGLISH, BISHKEK).of(day)).isEqualTo("20 Nov 2026");
    assertThat(new Days(Locale.ENGLISH, BISHKEK).of(java.sql.Date.valueOf(day)))
        .isEqualTo("20 Nov 2026");
  }

  @Test
  void a_moment_is_shown_in_the_configured_zone_not_the_servers() {
    // 23:30 Bishkek on the 19th is 17:30 UTC; 00:30 Bishkek on the 20th is 18:30 UTC on the 19th
    Instant lateEvening = Instant.parse("2026-11-19T17:30:00Z");
    Instant pastMidnight = Instant.parse("2026-11-19T18:30:00Z");
    Days ky = new Days(Locale.forLanguageTag("ky"), BISHKEK);
    assertThat(ky.time(lateEvening)).isEqualTo("19.11.2026 23:30");
    assertThat(ky.of(pastMidnight)).isEqualTo("20.11.2026");
    assertThat(ky.seconds(pastMidnight)).isEqualTo("20.11.2026 00:30:00");
    assertThat(new Days(Locale.ENGLISH, BISHKEK).time(pastMidnight)).isEqualTo("20 Nov 2026 00:30");
  }

  @Test
  void nothing_is_shown_as_nothing_and_an_open_period_as_an_ellipsis() {
    Days ru = new Days(Locale.forLanguageTag("ru"), BISHKEK);
    assertThat(ru.of(null)).isEmpty();
    assertThat(ru.time(null)).isEmpty();
    assertThat(ru.span(LocalDate.of(2026, 1, 1), null)).isEqualTo("01.01.2026 – …");
    assertThat(ru.span(null, LocalDate.of(2026, 1, 1))).isEqualTo("… – 01.01.2026");
    assertThat(ru.span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
        .isEqualTo("01.01.2026 – 31.03.2026");
    assertThatThrownBy(() -> ru.of("2026-01-01")).isInstanceOf(IllegalArgumentException.class);
    // a message's arguments: days and moments written, anything else left as it is
    Object[] args =
        ru.args(new Object[] {LocalDate.of(2026, 1, 2), 3, "x", java.time.LocalTime.NOON});
    assertThat(args).containsExactly("02.01.2026", 3, "x", java.time.LocalTime.NOON);
  }
}
