package org.koldoo.imports.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and moments written as text the ways Excel and people write them: {@code 2026-11-20}, {@code
 * 20.11.2026}, {@code 20.11.26}, {@code 20/11/2026} or {@code 11/20/2026} (when only one reading is
 * a date), with a time where given. A day and month that could be read either way are ambiguous,
 * and null is returned for them as for anything else that is not a day.
 */
final class CellDates {

  private CellDates() {}

  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern SLASHED =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ?([AaPp][Mm]))?)?");

  static LocalDateTime parse(String text, int thisYear) {
    try {
      if (text.length() == 10 && text.charAt(4) == '-') {
        return LocalDate.parse(text).atStartOfDay();
      }
      if (text.length() >= 16 && text.charAt(4) == '-') {
        return LocalDateTime.parse(text.replace(' ', 'T').replaceAll("([+-]\\d\\d:\\d\\d|Z)$", ""));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    Matcher m = DAY_FIRST.matcher(text);
    if (m.matches() && (text.contains(".") || text.contains("-"))) {
      return of(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, thisYear);
    }
    m = SLASHED.matcher(text);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a > 12 && b <= 12) {
        return of(m, a, b, m.group(7), thisYear);
      }
      if (b > 12 && a <= 12) {
        return of(m, b, a, m.group(7), thisYear);
      }
      if (a == b) {
        return of(m, a, b, m.group(7), thisYear);
      }
    }
    return null;
  }

  /** Day and month both 12 or less, and different: 03/04/2026 is March or April. */
  static boolean ambiguous(String text) {
    Matcher m = SLASHED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    return a != b && a >= 1 && b >= 1 && a <= 12 && b <= 12;
  }

  private static LocalDateTime of(Matcher m, int day, int month, String halfDay, int thisYear) {
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      int century = (thisYear / 100) * 100;
      year = century + year > thisYear ? century - 100 + year : century + year;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day); // refuses 31.02 as STRICT would
      if (m.group(4) == null) {
        return date.atStartOfDay();
      }
      int hour = Integer.parseInt(m.group(4));
      if (halfDay != null) {
        hour = hour % 12 + (halfDay.equalsIgnoreCase("pm") ? 12 : 0);
      }
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      return date.atTime(hour, Integer.parseInt(m.group(5)), second);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
