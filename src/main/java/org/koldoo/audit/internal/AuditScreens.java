package org.koldoo.audit.internal;

import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditScreens {

  @Bean
  Screen auditScreen() {
    return new Screen(
        "/audit", "nav.audit", Set.of(Role.AUDITOR, Role.SYSTEM_ADMINISTRATOR), 900, true);
  }
}
