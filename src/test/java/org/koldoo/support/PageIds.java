package org.koldoo.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rendered page says about its element ids: an id used twice sends a label, an error's
 * {@code aria-describedby} or a link to the wrong field, so a screen reader names the first form's
 * field for the second's.
 */
public final class PageIds {

  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

  private PageIds() {}

  /** The ids that stand more than once in the page, each once. */
  public static List<String> repeated(String html) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    List<String> repeated = new ArrayList<>();
    counts.forEach(
        (id, n) -> {
          if (n > 1) {
            repeated.add(id);
          }
        });
    return repeated;
  }
}
