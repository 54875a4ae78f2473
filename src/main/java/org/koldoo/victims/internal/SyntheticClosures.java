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
    Optional<Closure> closure;
    if (fate < 15) {
      CaseCloseReason reason =
          roll < 75
              ? CaseCloseReason.SERVICES_COMPLETED
              : roll < 90
                  ? CaseCloseReason.PERSON_DECLINED_FURTHER_HELP
                  : CaseCloseReason.CONTACT_LOST;
      closure = closed(random, chance < 65, registered, 240, 480, reason);
    } else if (fate < 25) {
      CaseCloseReason reason =
          roll < 60 ? CaseCloseReason.CONTACT_LOST : CaseCloseReason.PERSON_DECLINED_FURTHER_HELP;
      closure = closed(random, chance < 40, registered, 200, 400, reason);
    } else if (fate < 40) {
      // decided not a victim within 30 days of registration
      closure = closed(random, chance < 85, registered, 30, 60, CaseCloseReason.NOT_A_VICTIM);
    } else {
      // screened without a finding
      closure = closed(random, chance < 70, registered, 10, 50, CaseCloseReason.NOT_A_VICTIM);
    }
    return closure.filter(c -> !c.on().isAfter(lastDay));
  }

  /** Closed, if it is, between {@code after} and {@code after + spread} days after registration. */
  private static Optional<Closure> closed(
      SplittableRandom random,
      boolean isClosed,
      LocalDate registered,
      int after,
      int spread,
      CaseCloseReason reason) {
    return isClosed
        ? Optional.of(new Closure(registered.plusDays(after + random.nextInt(spread)), reason))
        : Optional.empty();
  }
}
