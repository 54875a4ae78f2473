package org.koldoo.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /** All times are taken from this clock, so tests can fix it and every record is in UTC. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
