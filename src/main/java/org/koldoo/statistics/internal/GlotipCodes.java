package org.koldoo.statistics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * UNODC's GLOTIP vocabulary: its header, its sex, age and exploitation categories, the kinds of
 * return it counts, and how it writes a count.
 */
final class GlotipCodes {

  private GlotipCodes() {}

  static final String HEADER =
      "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
          + "Unit of measurement,txtVALUE,Source";

  /** What UNODC's file says in its Source column, on every row. */
  static final String SOURCE = "GLOTIP";

  static final Map<String, String> SEX =
      Map.of("FEMALE", "Female", "MALE", "Male", "TRANSGENDER_OR_NONCONFORMING", "Other");

  static final Map<String, String> AGE =
      Map.of("CHILD", "0 to 17 years", "ADULT", "18 years or over");

  static final List<String> SEXES = List.of("Total", "Female", "Male", "Other");

  static final List<String> AGES = List.of("Total", "0 to 17 years", "18 years or over");

  static final String UNKNOWN = "Unknown";

  static final String SEXUAL = "Sexual exploitation";

  static final String LABOUR = "Forced labour";

  static final String OTHER_FORMS = "Other forms of exploitation";

  /** The GLOTIP category of one of Koldoo's forms of exploitation; null for an unknown form. */
  static String form(String type) {
    return switch (type) {
      case "SEXUAL_EXPLOITATION" -> SEXUAL;
      case "FORCED_LABOUR" -> LABOUR;
      case "", "UNKNOWN" -> null;
      default -> OTHER_FORMS;
    };
  }

  /** The kinds of return that are repatriations, in either direction. */
  static final Set<String> REPATRIATIONS =
      Set.of(
          "REPATRIATION_OF_FOREIGN_VICTIM",
          "REPATRIATION_OF_NATIONAL",
          "REPATRIATION_FROM_CONFLICT_ZONE");

  /** 1–4 as {@code <5}, thousands with a comma ({@code 1,757}, which the CSV then quotes). */
  static String value(long n) {
    if (n > 0 && n < Suppression.THRESHOLD) {
      return "<" + Suppression.THRESHOLD;
    }
    return String.format(Locale.US, "%,d", n);
  }

  /** The GLOTIP name of a code, null for none or an unknown one (Map.of refuses a null key). */
  static String lookup(Map<String, String> names, Object code) {
    return code == null ? null : names.get(code.toString());
  }
}
