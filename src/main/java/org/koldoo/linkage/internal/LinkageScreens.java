package org.koldoo.linkage.internal;

import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LinkageScreens {

  /**
   * Reviewing links is national work on pseudonyms; case workers review the pairs of which they may
   * see both identities.
   */
  @Bean
  Screen linkageScreen() {
    return new Screen(
        "/linkage",
        "nav.linkage",
        Set.of(Role.NATIONAL_COORDINATOR, Role.ANALYST, Role.CASE_WORKER),
        200,
        true);
  }
}
