package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koldoo.victims.ConsentPurpose;

/** When a consent is in force, and when a new one renews it. */
class ConsentTests {

  private static final LocalDate GIVEN = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 6, 30);

  private static Consent consent(LocalDate validUntil) {
    return new Consent(
        UUID.randomUUID(),
        ConsentPurpose.REFERRAL,
        null,
        GIVEN,
        false,
        null,
        "worker",
        null,
        validUntil,
        null);
  }

  @Test
  void a_consent_holds_through_its_last_day_and_lapses_the_day_after() {
    Consent limited = consent(LAST);
    assertThat(limited.inForceOn(GIVEN)).isTrue();
    assertThat(limited.inForceOn(LAST)).isTrue();
    assertThat(limited.inForceOn(LAST.plusDays(1))).isFalse();
    assertThat(limited.covers(ConsentPurpose.REFERRAL, null, LAST.plusDays(1))).isFalse();
    assertThat(consent(null).inForceOn(LAST.plusYears(20))).isTrue();
    assertThat(limited.withdrawn(GIVEN.plusDays(1), "worker", null).inForceOn(GIVEN.plusDays(1)))
        .isFalse();
  }

  @Test
  void only_a_consent_reaching_further_renews_one_in_force() {
    Consent limited = consent(LAST);
    assertThat(limited.outlasts(consent(LAST))).isTrue();
    assertThat(limited.outlasts(consent(LAST.minusDays(1)))).isTrue();
    assertThat(limited.outlasts(consent(LAST.plusDays(1)))).isFalse();
    assertThat(limited.outlasts(consent(null))).isFalse();
    assertThat(consent(null).outlasts(consent(LAST))).isTrue();
  }
}
