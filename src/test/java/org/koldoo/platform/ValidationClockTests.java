package org.koldoo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Forms are validated against the country's day: at 00:25 in Bishkek (18:25 UTC the day before)
 * today's date is the present, and tomorrow's is still the future.
 */
class ValidationClockTests {

  record Form(@PastOrPresent LocalDate on) {}

  @Test
  void the_present_is_bishkeks_today_not_the_servers() {
    Clock bishkek = Clock.fixed(Instant.parse("2026-11-30T18:25:00Z"), ZoneId.of("Asia/Bishkek"));
    try (var factory = new LocalValidatorFactoryBean()) {
      factory.setConfigurationInitializer(
          c -> new PlatformConfiguration().validationClock(bishkek).customize(c));
      factory.afterPropertiesSet();
      assertThat(factory.validate(new Form(LocalDate.of(2026, 12, 1)))).isEmpty();
      assertThat(factory.validate(new Form(LocalDate.of(2026, 12, 2)))).hasSize(1);
    }
  }
}
