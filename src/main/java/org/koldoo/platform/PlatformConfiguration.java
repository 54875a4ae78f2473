package org.koldoo.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /**
   * All times are taken from this clock, so tests can fix it. Instants are zone-free; every "today"
   * ({@code LocalDate.now(clock)}) is the country's, {@code koldoo.time-zone} (Bishkek unless set),
   * never the server's.
   */
  @Bean
  Clock clock(@Value("${koldoo.time-zone:Asia/Bishkek}") String zone) {
    return Clock.system(zone(zone));
  }

  /**
   * A zone that is none stops the start before anything has started: checked before the first bean
   * is made, the web server and the connection pool included, whose own errors and warnings about
   * threads left running came before the one sentence that names the setting.
   */
  @Bean
  static BeanFactoryPostProcessor timeZoneChecked(Environment environment) {
    return beanFactory -> zone(environment.getProperty("koldoo.time-zone", "Asia/Bishkek"));
  }

  private static ZoneId zone(String zone) {
    try {
      return ZoneId.of(zone);
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
