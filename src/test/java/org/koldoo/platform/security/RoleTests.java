package org.koldoo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a role is, as every module's policy and work queue asks it. */
class RoleTests {

  @Test
  void the_national_coordinator_and_analysts_alone_oversee_the_country() {
    Set<Role> overseers = EnumSet.of(Role.NATIONAL_COORDINATOR, Role.ANALYST);
    for (Role role : Role.values()) {
      assertThat(role.overseesNationally()).as(role.name()).isEqualTo(overseers.contains(role));
      assertThat(new Actor("someone", UUID.randomUUID(), Set.of(role)).overseesNationally())
          .as(role.name())
          .isEqualTo(overseers.contains(role));
    }
    assertThat(new Actor("both", null, Set.of(Role.AUDITOR, Role.ANALYST)).overseesNationally())
        .isTrue();
    assertThat(Actor.SYSTEM.overseesNationally()).isFalse();
    assertThat(Actor.ANONYMOUS.overseesNationally()).isFalse();
  }

  @Test
  void the_roles_that_handle_cases_work_inside_an_organisation_and_see_no_national_figures() {
    for (Role role : Role.values()) {
      assertThat(role.handlesCases() && role.overseesNationally()).as(role.name()).isFalse();
    }
    assertThat(Role.AUDITOR.handlesCases()).isFalse();
    assertThat(Role.SYSTEM_ADMINISTRATOR.handlesCases()).isFalse();
  }
}
