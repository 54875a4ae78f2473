package org.koldoo.prevention.internal;

import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PreventionScreens {

  static final Set<Role> HOTLINE =
      Set.of(Role.HOTLINE_OPERATOR, Role.NATIONAL_COORDINATOR, Role.ANALYST);
  static final Set<Role> AGENCIES =
      Set.of(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR, Role.ANALYST);

  static final Set<Role> INSPECTIONS =
      Set.of(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR, Role.ANALYST);
  static final Set<Role> NATIONAL = Set.of(Role.NATIONAL_COORDINATOR, Role.ANALYST);

  @Bean
  Screen inspectionsScreen() {
    return new Screen("/inspections", "nav.inspections", INSPECTIONS, 320, true);
  }

  @Bean
  Screen trainingScreen() {
    return new Screen("/training", "nav.training", NATIONAL, 330, true);
  }

  @Bean
  Screen outreachScreen() {
    return new Screen("/outreach", "nav.outreach", NATIONAL, 340, true);
  }

  @Bean
  Screen coordinationScreen() {
    return new Screen("/coordination", "nav.coordination", NATIONAL, 350, true);
  }

  @Bean
  Screen rightsScreen() {
    return new Screen("/rights", "nav.rights", NATIONAL, 360, true);
  }

  @Bean
  Screen hotlineScreen() {
    return new Screen("/hotline", "nav.hotline", HOTLINE, 300, true);
  }

  @Bean
  Screen agenciesScreen() {
    return new Screen("/agencies", "nav.agencies", AGENCIES, 310, true);
  }
}
