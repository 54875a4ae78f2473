package org.koldoo.victims.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.koldoo.victims.CaseCloseReason;

/**
 * Whether, when and why a synthetic case was closed, as its fate says: most persons screened
 * without a finding and most found not to be victims are closed within weeks; identified victims
 * months after their services, presumed ones less often and mostly because contact was lost. No
 * case is closed after the last day of the dataset's years, so the latest cases are still open.
 *
 * <p>Drawn from a stream of its own, so that closing cases leaves every other draw of a seed, and
 * therefore the rest of its dataset, as it was.
 */
final class SyntheticClosures {

  /** A closure as the case keeps it. */
  record Closure(LocalDate on, CaseCloseReason reason) {}

  private SyntheticClosures() {}

  /**
   * The closure of a case registered on {@code registered}, or none; {@code fate} as in {@link
   * SyntheticVictims}: under 15 identified, under 25 presumed, under 40 decided not a victim,
   * otherwise screened only.
   */
  static Optional<Closure> draw(
      SplittableRandom random, int fate, LocalDate registered, LocalDate lastDay) {
    int chance = random.nextInt(100);
    int roll = random.nextInt(100);
    Closure closure;
    if (fate < 15) {
      closure =
          chance < 65
              ? new Closure(
                  registered.plusDays(240 + random.nextInt(480)),
                  roll < 75
                      ? CaseCloseReason.SERVICES_COMPLETED
                      : roll < 90
                          ? CaseCloseReason.PERSON_DECLINED_FURTHER_HELP
                          : CaseCloseReason.CONTACT_LOST)
              : null;
    } else if (fate < 25) {
      closure =
          chance < 40
              ? new Closure(
                  registered.plusDays(200 + random.nextInt(400)),
                  roll < 60
                      ? CaseCloseReason.CONTACT_LOST
                      : CaseCloseReason.PERSON_DECLINED_FURTHER_HELP)
              : null;
    } else {
      // decided not a victim (within 30 days of registration), or screened without a finding
      int after = fate < 40 ? 30 + random.nextInt(60) : 10 + random.nextInt(50);
      closure =
          chance < (fate < 40 ? 85 : 70)
              ? new Closure(registered.plusDays(after), CaseCloseReason.NOT_A_VICTIM)
              : null;
    }
    return Optional.ofNullable(closure).filter(c -> !c.on().isAfter(lastDay));
  }
}
