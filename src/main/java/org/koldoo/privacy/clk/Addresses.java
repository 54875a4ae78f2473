package org.koldoo.privacy.clk;

/**
 * What of an address compares across registers: its first address, the street without house numbers
 * or abbreviations, and digits and letters only.
 */
final class Addresses {

  private Addresses() {}

  /**
   * A text or code as compared: lower case, without spaces ("kennewellp lace" is "kennewell place"
   * mistyped); empty for none.
   */
  static String compact(String value) {
    if (value == null) {
      return "";
    }
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.toLowerCase(c) != c) {
        break;
      }
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    char[] out = new char[value.length()];
    value.getChars(0, i, out, 0);
    int n = i;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c)) {
        out[n++] = Character.toLowerCase(c);
      }
    }
    return new String(out, 0, n);
  }

  /** The first three letters of the first address line, when there is one. */
  static String firstAddress(PersonRecipe.Person p) {
    if (p.extra() == null) {
      return null;
    }
    for (var e : p.extra().entrySet()) {
      if (e.getKey().startsWith("address") && e.getValue() != null) {
        StringBuilder letters = new StringBuilder(3);
        String v = e.getValue();
        for (int i = 0; i < v.length() && letters.length() < 3; i++) {
          char c = Character.toLowerCase(v.charAt(i));
          if (c >= 'a' && c <= 'z') {
            letters.append(c);
          }
        }
        return letters.length() >= 3 ? letters.toString() : null;
      }
    }
    return null;
  }

  /**
   * The first four letters of the street in the first address line and the house number written in
   * it, when there is a street.
   */
  static String street(PersonRecipe.Person p) {
    if (p.extra() == null) {
      return null;
    }
    for (var e : p.extra().entrySet()) {
      if (e.getKey().startsWith("address") && e.getValue() != null) {
        // the first word of four letters or more (a street's name, not "ул." or a number), and
        // the first number written in the line (the house), if any
        String v = e.getValue();
        String street = null;
        String number = "";
        int run = 0;
        for (int i = 0; i <= v.length(); i++) {
          char c = i < v.length() ? v.charAt(i) : ' ';
          if (Character.isLetter(c)) {
            run++;
            continue;
          }
          if (street == null && run >= 4) {
            street = v.substring(i - run, i - run + 4).toLowerCase(java.util.Locale.ROOT);
          }
          run = 0;
          if (number.isEmpty() && Character.isDigit(c)) {
            int end = i;
            while (end < v.length() && Character.isDigit(v.charAt(end))) {
              end++;
            }
            number = v.substring(i, end);
          }
        }
        return street == null ? null : street + number;
      }
    }
    return null;
  }
}
