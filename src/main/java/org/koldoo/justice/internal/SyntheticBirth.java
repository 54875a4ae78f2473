package org.koldoo.justice.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** A defendant's date or only year of birth, or neither. */
record SyntheticBirth(LocalDate date, Integer year) {
  static SyntheticBirth draw(SplittableRandom random, LocalDate registered) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return new SyntheticBirth(null, null);
    }
    LocalDate date = registered.minusYears(17 + random.nextInt(45)).minusDays(random.nextInt(365));
    return kind < 6
        ? new SyntheticBirth(date, date.getYear())
        : new SyntheticBirth(null, date.getYear());
  }
}
