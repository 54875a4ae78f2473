package org.koldoo.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period, both days included: a calendar year, the April–March report period, or any
 * custom dates.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("period must run forward: " + from + ".." + to);
    }
  }

  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The report period that starts on 1 April of {@code startYear}. */
  public static Period aprilToMarch(int startYear) {
    return new Period(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /**
   * The period of the same length just before this one. Whole calendar months step back by months
   * (so a year stays a year across leap days); other periods step back by days.
   */
  public Period previous() {
    if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
      long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
      return new Period(from.minusMonths(months), from.minusDays(1));
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return new Period(from.minusDays(days), from.minusDays(1));
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
