package org.koldoo.statistics.internal;

import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsScreens {

  static final Set<Role> NATIONAL = Set.of(Role.NATIONAL_COORDINATOR, Role.ANALYST);

  @Bean
  Screen reportScreen() {
    return new Screen("/reports", "nav.report", NATIONAL, 400, true);
  }

  @Bean
  Screen dashboardScreen() {
    return new Screen("/dashboard", "nav.dashboard", NATIONAL, 410, true);
  }
}
