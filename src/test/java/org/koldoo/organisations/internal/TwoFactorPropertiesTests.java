package org.koldoo.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Role;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Who must use a second factor, as configured: the case-handling roles unless said otherwise. */
class TwoFactorPropertiesTests {

  private static TwoFactorProperties bound(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("koldoo.security.two-factor", TwoFactorProperties.class);
  }

  @Test
  void by_default_every_role_that_sees_identities_and_no_other() {
    TwoFactorProperties defaults = bound(Map.of());
    for (Role role : Role.values()) {
      assertThat(defaults.requiredFor(java.util.Set.of(role)))
          .as(role.name())
          .isEqualTo(role.handlesCases());
    }
    assertThat(defaults.maxAttempts()).isEqualTo(5);
  }

  @Test
  void an_empty_setting_requires_it_of_nobody_and_a_list_of_exactly_those() {
    assertThat(bound(Map.of("koldoo.security.two-factor.required-roles", "")).requiredRoles())
        .isEmpty();
    TwoFactorProperties some =
        bound(
            Map.of(
                "koldoo.security.two-factor.required-roles", "SYSTEM_ADMINISTRATOR,CASE_WORKER"));
    assertThat(some.requiredRoles())
        .containsExactlyInAnyOrder(Role.SYSTEM_ADMINISTRATOR, Role.CASE_WORKER);
    assertThat(some.requiredFor(java.util.Set.of(Role.INVESTIGATOR))).isFalse();
  }
}
