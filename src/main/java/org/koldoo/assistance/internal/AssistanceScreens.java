package org.koldoo.assistance.internal;

import java.util.EnumSet;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssistanceScreens {

  @Bean
  Screen referralsScreen() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (role.handlesCases()) {
        roles.add(role);
      }
    }
    return new Screen("/referrals", "nav.referrals", roles, 110, true);
  }
}
