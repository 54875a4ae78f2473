package org.koldoo.imports.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What a header or a code value is compared by: Cyrillic and Latin letters folded to plain Latin
 * (so that "Телефон", "Tелефон" typed with a Latin T, and "Telefon" agree), lower case, and only
 * letters and digits, so that spacing, punctuation and case never decide a match.
 */
final class Folding {

  private static final ThreadLocal<Transliterator> LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Folding() {}

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (plain.isEmpty()) {
      return "";
    }
    String latin =
        (ascii(plain) ? plain : LATIN.get().transliterate(plain)).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
