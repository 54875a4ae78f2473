package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koldoo.organisations.Organisations;
import org.koldoo.platform.security.Role;
import org.koldoo.support.Acting;
import org.springframework.security.access.AccessDeniedException;

/** Who registers cases (and so checks for duplicates and imports them), role by role. */
class ViewersTests {

  private final Viewers viewers = new Viewers(mock(Organisations.class));

  @AfterEach
  void nobodyActs() {
    Acting.nobody();
  }

  @Test
  void only_a_case_handling_role_of_an_organisation_registers_cases() {
    UUID organisation = UUID.randomUUID();
    for (Role role : Role.values()) {
      Acting.as(organisation, role);
      if (role.handlesCases()) {
        assertThat(viewers.requireCaseHandler().organisationId()).isEqualTo(organisation);
      } else {
        assertThatThrownBy(viewers::requireCaseHandler)
            .as(role.name())
            .isInstanceOf(AccessDeniedException.class);
      }
      Acting.as(null, role);
      assertThatThrownBy(viewers::requireCaseHandler)
          .as(role.name() + " of no organisation")
          .isInstanceOf(AccessDeniedException.class);
    }
  }
}
