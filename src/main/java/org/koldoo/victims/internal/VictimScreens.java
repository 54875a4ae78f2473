package org.koldoo.victims.internal;

import java.util.EnumSet;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VictimScreens {

  /** Case handlers work on their cases; national roles see the register pseudonymously. */
  @Bean
  Screen casesScreen() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (role.handlesCases()) {
        roles.add(role);
      }
    }
    roles.addAll(EnumSet.of(Role.NATIONAL_COORDINATOR, Role.ANALYST, Role.AUDITOR));
    return new Screen("/cases", "nav.cases", roles, 100, true);
  }
}
