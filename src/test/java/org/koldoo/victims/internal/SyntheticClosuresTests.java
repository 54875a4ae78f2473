package org.koldoo.victims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.koldoo.victims.CaseCloseReason;
import org.koldoo.victims.internal.SyntheticClosures.Closure;

class SyntheticClosuresTests {

  private static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

  @Test
  void a_closing_falls_between_the_registration_and_the_last_day_for_a_reason_the_fate_allows() {
    SplittableRandom random = new SplittableRandom(42);
    Map<CaseCloseReason, Integer> identified = new EnumMap<>(CaseCloseReason.class);
    int closedNotVictims = 0;
    for (int n = 0; n < 20_000; n++) {
      int fate = random.nextInt(100);
      LocalDate registered = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3 * 365));
      var drawn = SyntheticClosures.draw(random, fate, registered, LAST_DAY);
      if (drawn.isEmpty()) {
        continue;
      }
      Closure closure = drawn.get();
      assertThat(closure.on()).isAfter(registered).isBeforeOrEqualTo(LAST_DAY);
      if (fate < 25) {
        assertThat(closure.reason()).isNotEqualTo(CaseCloseReason.NOT_A_VICTIM);
        assertThat(closure.on()).as("after the services").isAfter(registered.plusDays(185));
      } else {
        assertThat(closure.reason()).isEqualTo(CaseCloseReason.NOT_A_VICTIM);
        closedNotVictims++;
      }
      if (fate < 15) {
        identified.merge(closure.reason(), 1, Integer::sum);
      }
    }
    assertThat(closedNotVictims).isPositive();
    assertThat(identified)
        .containsKeys(
            CaseCloseReason.SERVICES_COMPLETED,
            CaseCloseReason.PERSON_DECLINED_FURTHER_HELP,
            CaseCloseReason.CONTACT_LOST);
    assertThat(identified.get(CaseCloseReason.SERVICES_COMPLETED))
        .as("most identified victims' cases close when their services are done")
        .isGreaterThan(identified.values().stream().mapToInt(Integer::intValue).sum() / 2);
  }

  @Test
  void a_case_that_would_close_after_the_last_day_stays_open() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 2_000; n++) {
      assertThat(SyntheticClosures.draw(random, random.nextInt(100), LAST_DAY, LAST_DAY)).isEmpty();
    }
  }
}
