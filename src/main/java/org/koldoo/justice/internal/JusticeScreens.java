package org.koldoo.justice.internal;

import java.util.EnumSet;
import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JusticeScreens {

  static final Set<Role> VIEWERS =
      EnumSet.of(
          Role.INVESTIGATOR,
          Role.PROSECUTOR,
          Role.COURT_CLERK,
          Role.NATIONAL_COORDINATOR,
          Role.ANALYST);

  @Bean
  Screen justiceScreen() {
    return new Screen("/justice", "nav.justice", VIEWERS, 120, true);
  }

  @Bean
  Screen articlesScreen() {
    return new Screen(
        "/admin/articles", "nav.articles", Set.of(Role.SYSTEM_ADMINISTRATOR), 820, true);
  }
}
