package org.koldoo.justice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.koldoo.justice.EventType;
import org.koldoo.platform.security.Role;
import org.koldoo.support.Acting;
import org.springframework.security.access.AccessDeniedException;

/**
 * What each role may record in a criminal case: offered on the page and refused otherwise alike.
 */
class JusticePolicyTests {

  private static final UUID MVD = UUID.randomUUID();

  @AfterEach
  void nobodyActs() {
    Acting.nobody();
  }

  @Test
  void each_role_is_offered_exactly_the_events_it_may_record_and_refused_the_others() {
    for (Role role : Role.values()) {
      Acting.as(MVD, role);
      for (EventType type : EventType.values()) {
        boolean may = type.recordedBy().contains(role);
        assertThat(JusticePolicy.recordableEvents().contains(type))
            .as(role + " offered " + type)
            .isEqualTo(may);
        if (may) {
          assertThatCode(() -> JusticePolicy.requireMayRecord(type)).doesNotThrowAnyException();
        } else {
          assertThatThrownBy(() -> JusticePolicy.requireMayRecord(type))
              .as(role + " recording " + type)
              .isInstanceOf(AccessDeniedException.class);
        }
      }
    }
    Acting.as(MVD, Role.INVESTIGATOR);
    assertThat(JusticePolicy.recordableEvents())
        .as("an investigator is not offered a verdict")
        .contains(EventType.RECLASSIFIED)
        .doesNotContain(EventType.VERDICT, EventType.SENT_TO_COURT);
  }
}
