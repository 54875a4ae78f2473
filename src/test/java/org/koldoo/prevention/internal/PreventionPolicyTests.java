package org.koldoo.prevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koldoo.platform.security.Actor;
import org.koldoo.platform.security.Role;
import org.koldoo.support.Acting;
import org.springframework.security.access.AccessDeniedException;

/** The prevention module's rules of who writes what, role by role. */
class PreventionPolicyTests {

  private static final UUID OWN = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();

  @AfterEach
  void nobodyActs() {
    Acting.nobody();
  }

  @Test
  void only_the_national_coordinator_keeps_the_national_registers() {
    for (Role role : Role.values()) {
      assertThat(PreventionPolicy.keepsRegisters(actor(OWN, role)))
          .as(role.name())
          .isEqualTo(role == Role.NATIONAL_COORDINATOR);
      Acting.as(null, role);
      if (role == Role.NATIONAL_COORDINATOR) {
        assertThatCode(PreventionPolicy::requireRegisterKeeper).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(PreventionPolicy::requireRegisterKeeper)
            .as(role.name())
            .isInstanceOf(AccessDeniedException.class);
      }
    }
  }

  @Test
  void an_inspector_records_for_their_own_inspectorate_and_the_coordinator_for_any() {
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.LABOUR_INSPECTOR), OWN)).isTrue();
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.LABOUR_INSPECTOR), OTHER)).isFalse();
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.LABOUR_INSPECTOR), null)).isFalse();
    assertThat(PreventionPolicy.recordsFor(actor(null, Role.LABOUR_INSPECTOR), null)).isFalse();
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.NATIONAL_COORDINATOR), OTHER)).isTrue();
    // reading everything is not recording anything
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.ANALYST), OWN)).isFalse();
    assertThat(PreventionPolicy.recordsFor(actor(OWN, Role.HOTLINE_OPERATOR), OWN)).isFalse();
  }

  @Test
  void a_record_for_an_inspectorate_not_ones_own_is_refused() {
    assertThatCode(() -> PreventionPolicy.requireRecordsFor(actor(OWN, Role.LABOUR_INSPECTOR), OWN))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> PreventionPolicy.requireRecordsFor(actor(OWN, Role.LABOUR_INSPECTOR), OTHER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatCode(
            () -> PreventionPolicy.requireRecordsFor(actor(OWN, Role.NATIONAL_COORDINATOR), OTHER))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PreventionPolicy.requireRecordsFor(actor(OWN, Role.ANALYST), OWN))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void inspections_are_recorded_by_inspectors_and_the_coordinator_read_in_full_by_analysts_too() {
    Set<Role> recorders = EnumSet.of(Role.LABOUR_INSPECTOR, Role.NATIONAL_COORDINATOR);
    Set<Role> readAll = EnumSet.of(Role.NATIONAL_COORDINATOR, Role.ANALYST);
    for (Role role : Role.values()) {
      Acting.as(null, role);
      if (recorders.contains(role)) {
        assertThat(PreventionPolicy.requireInspectionRecorder().roles()).containsExactly(role);
      } else {
        assertThatThrownBy(PreventionPolicy::requireInspectionRecorder)
            .as(role.name())
            .isInstanceOf(AccessDeniedException.class);
      }
      assertThat(PreventionPolicy.readsEveryInspectorate(actor(OWN, role)))
          .as(role.name())
          .isEqualTo(readAll.contains(role));
    }
  }

  @Test
  void only_a_hotlines_operators_log_its_calls_and_correct_them() {
    for (Role role : Role.values()) {
      assertThat(PreventionPolicy.logsCalls(actor(OWN, role)))
          .as(role.name())
          .isEqualTo(role == Role.HOTLINE_OPERATOR);
      assertThat(PreventionPolicy.logsCalls(actor(null, role))).as(role.name()).isFalse();
    }
  }

  @Test
  void a_call_is_corrected_only_by_an_operator_of_the_hotline_that_logged_it() {
    Acting.as(null, Role.HOTLINE_OPERATOR);
    // the test's person belongs to no organisation, so is no hotline's operator
    assertThatThrownBy(PreventionPolicy::requireCallLogger)
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> PreventionPolicy.requireOwnCall(OWN))
        .isInstanceOf(AccessDeniedException.class);
    Acting.as(OWN, Role.HOTLINE_OPERATOR);
    assertThatCode(() -> PreventionPolicy.requireOwnCall(OWN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PreventionPolicy.requireOwnCall(OTHER))
        .isInstanceOf(AccessDeniedException.class);
    Acting.as(OWN, Role.ANALYST);
    assertThatThrownBy(() -> PreventionPolicy.requireOwnCall(OWN))
        .as("a reader of the calls, even of the same organisation")
        .isInstanceOf(AccessDeniedException.class);
    Acting.as(OWN, Role.NATIONAL_COORDINATOR);
    assertThatThrownBy(PreventionPolicy::requireCallLogger)
        .isInstanceOf(AccessDeniedException.class);
  }

  private static Actor actor(UUID organisation, Role role) {
    return new Actor("policy-test", organisation, Set.of(role));
  }
}
