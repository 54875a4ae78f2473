package org.koldoo.platform.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Limits every input obeys before any module looks at it: text holds no control characters (a NUL
 * cannot even be stored by PostgreSQL), and dates lie between 1900 and 2100. Modules narrow these
 * further (a date of birth is not in the future, an event not before the case).
 */
public final class InputRules {

  /** The earliest date any field accepts. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date any field accepts. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Message key of a text holding a control character. */
  public static final String CONTROL_CHARACTER = "input.controlCharacter";

  /** Message key of a date outside {@link #EARLIEST}…{@link #LATEST}. */
  public static final String DATE_RANGE = "input.dateRange";

  private InputRules() {}

  /**
   * Whether the text holds a character no field may contain: C0 controls other than tab, line feed
   * and carriage return, DEL, and unpaired UTF-16 surrogates.
   */
  public static boolean hasForbiddenCharacter(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  public static boolean dateInRange(LocalDate date) {
    return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
  }

  public static boolean dateInRange(LocalDateTime dateTime) {
    return dateTime == null || dateInRange(dateTime.toLocalDate());
  }
}
