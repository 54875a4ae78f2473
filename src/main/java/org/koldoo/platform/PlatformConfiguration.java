package org.koldoo.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /**
   * All times are taken from this clock, so tests can fix it. Instants are zone-free; every "today"
   * ({@code LocalDate.now(clock)}) is the country's, {@code koldoo.time-zone} (Bishkek unless set),
   * never the server's.
   */
  @Bean
  Clock clock(@Value("${koldoo.time-zone:Asia/Bishkek}") String zone) {
    try {
      return Clock.system(ZoneId.of(zone));
    } catch (java.time.DateTimeException e) {
      throw new InvalidSetting("koldoo.time-zone", zone, "a time zone such as Asia/Bishkek");
    }
  }

  /**
   * {@code @PastOrPresent} and its kind judge by the same clock: a form dated Bishkek's today is
   * not "in the future" because the server's day has not turned yet.
   */
  @Bean
  ValidationConfigurationCustomizer validationClock(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}
