package org.koldoo.support;

import java.time.Clock;
import java.time.ZoneId;
import org.koldoo.platform.security.MethodSecurityConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What every controller slice adds ({@link ControllerSliceTest}): Bishkek's clock, and the
 * application's method security, so that a controller's {@code @PreAuthorize} holds as it does
 * there. A class of its own: nested in the base, Spring would take it for each test's own
 * configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MethodSecurityConfiguration.class)
class ControllerSliceConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Bishkek"));
  }
}
