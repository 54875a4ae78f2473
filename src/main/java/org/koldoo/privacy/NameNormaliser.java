package org.koldoo.privacy;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brings a name written in Kyrgyz or Russian Cyrillic, or in any Latin spelling of it (passport,
 * BGN/PCGN, informal), to one comparable key, so that Кыдыралиев, Kydyraliev and Kidiraliev meet:
 *
 * <ol>
 *   <li>Cyrillic letters are written in Latin with one fixed table (Kyrgyz Ң, Ө, Ү included); other
 *       scripts go through ICU's Any-Latin, and diacritics are dropped;
 *   <li>the spellings that transliteration systems disagree on are folded: zh/dzh/j, kh/h, ts/c,
 *       ng/n (Kyrgyz Ң), sh, ch, ya/ia/ja, yu/iu/ju, and y/i (ы and и are both "i" in informal
 *       use);
 *   <li>doubled letters collapse, and the name's parts are sorted, so word order does not matter.
 * </ol>
 */
public final class NameNormaliser {

  private static final Map<Character, String> CYRILLIC =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "yo"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('ң', "ng"),
          Map.entry('о', "o"),
          Map.entry('ө', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ү', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"),
          Map.entry('і', "i"),
          Map.entry('ї', "i"),
          Map.entry('є', "e"),
          Map.entry('ғ', "g"),
          Map.entry('қ', "k"),
          Map.entry('ә', "a"),
          Map.entry('ұ', "u"),
          Map.entry('һ', "h"),
          // Latin letters with a háček or cedilla stand for two-letter spellings elsewhere
          Map.entry('ž', "zh"),
          Map.entry('š', "sh"),
          Map.entry('č', "ch"),
          Map.entry('ş', "sh"),
          Map.entry('ç', "ch"),
          Map.entry('ň', "ng"),
          // the vowels BGN/PCGN and Turkish spellings write, as ICU's Latin-ASCII writes them
          // (here without starting ICU)
          Map.entry('ö', "o"),
          Map.entry('ü', "u"),
          Map.entry('ä', "a"),
          Map.entry('é', "e"),
          Map.entry('ı', "i"));

  /** Ordered: longer spellings first, so "shch" is not read as "sh" + "ch". */
  private static final String[][] FOLDS = {
    {"shch", "x"},
    {"sch", "x"},
    {"sh", "x"},
    {"dzh", "j"},
    {"zh", "j"},
    {"dj", "j"},
    {"tch", "q"},
    {"ch", "q"},
    {"kh", "h"},
    {"ts", "c"},
    {"tz", "c"},
    {"ng", "n"},
    {"ya", "Y"},
    {"ia", "Y"},
    {"ja", "Y"},
    {"yu", "U"},
    {"iu", "U"},
    {"ju", "U"},
    {"yo", "o"},
    {"io", "o"},
    {"ye", "e"},
    {"w", "v"},
    {"y", "i"},
    {"Y", "ya"},
    {"U", "yu"}
  };

  /** ICU's transliterator of other scripts: built on first use, since it takes half a second. */
  private static final class OtherScripts {
    static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private NameNormaliser() {}

  /** One comparable key for a full name, or an empty string for a blank one. */
  public static String normalise(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    String lower = NFKC.normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder(lower.length() + 8);
    for (char c : lower.toCharArray()) {
      String mapped = CYRILLIC.get(c);
      latin.append(mapped != null ? mapped : String.valueOf(c));
    }
    String ascii =
        isAscii(latin) ? latin.toString() : OtherScripts.ANY_LATIN.transliterate(latin.toString());
    List<String> parts = new ArrayList<>(4);
    StringBuilder part = new StringBuilder();
    for (int i = 0; i <= ascii.length(); i++) {
      char c = i < ascii.length() ? Character.toLowerCase(ascii.charAt(i)) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        part.append(c);
      } else if (c == '\'' || c == '`' || c == '’' || c == 'ʹ' || c == 'ʺ') {
        // apostrophes and soft signs inside a name are dropped, not word breaks
      } else if (!part.isEmpty()) {
        parts.add(fold(part.toString()));
        part.setLength(0);
      }
    }
    Collections.sort(parts);
    return String.join(" ", parts);
  }

  /** Plain ASCII needs no transliteration: the common case, and ICU is slow. */
  private static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String part) {
    String folded = part;
    for (String[] rule : FOLDS) {
      folded = folded.replace(rule[0], rule[1]);
    }
    StringBuilder single = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
        single.append(folded.charAt(i));
      }
    }
    return single.toString();
  }
}
