package org.koldoo.organisations.internal;

import java.util.EnumSet;
import java.util.Set;
import org.koldoo.platform.security.Role;
import org.koldoo.platform.web.Screen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationScreens {

  @Bean
  Screen homeScreen() {
    return new Screen("/", "nav.home", EnumSet.allOf(Role.class), 0, true);
  }

  @Bean
  Screen accountScreen() {
    return new Screen("/account", "nav.account", EnumSet.allOf(Role.class), 990, false);
  }

  @Bean
  Screen organisationsScreen() {
    return new Screen(
        "/admin/organisations", "nav.organisations", Set.of(Role.SYSTEM_ADMINISTRATOR), 800, true);
  }

  @Bean
  Screen usersScreen() {
    return new Screen("/admin/users", "nav.users", Set.of(Role.SYSTEM_ADMINISTRATOR), 810, true);
  }

  @Bean
  Screen apiClientsScreen() {
    return new Screen(
        "/admin/api-clients", "nav.apiClients", Set.of(Role.SYSTEM_ADMINISTRATOR), 815, true);
  }
}
