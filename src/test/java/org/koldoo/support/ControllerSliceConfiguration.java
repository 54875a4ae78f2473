package org.koldoo.support;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What every controller slice adds ({@link ControllerSliceTest}): Bishkek's clock, and method
 * security, so that a controller's {@code @PreAuthorize} holds as in the application. A class of
 * its own: nested in the base, Spring would take it for each test's own configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
class ControllerSliceConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Bishkek"));
  }
}
