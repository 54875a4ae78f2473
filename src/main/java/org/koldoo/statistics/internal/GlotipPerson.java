package org.koldoo.statistics.internal;

import static org.koldoo.statistics.internal.GlotipCodes.*;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A person as the grid sees them: sex and age group as GLOTIP names them (null if unknown), the
 * GLOTIP forms of exploitation and the citizenship (ISO code, null if unknown).
 */
record GlotipPerson(String sex, String age, Set<String> forms, String citizenship) {

  boolean unknown() {
    return sex == null || age == null;
  }

  /**
   * Adds one row (id, sex, age group, forms[, citizenship]) to the persons by id; a person on
   * several rows (a defendant of two verdicts) is one person with the forms of all of them.
   */
  static void add(Map<Object, GlotipPerson> persons, Object[] r) {
    Set<String> forms = new LinkedHashSet<>();
    for (String type : r[3] == null ? new String[0] : ((String) r[3]).split(",")) {
      String form = form(type.strip());
      if (form != null) {
        forms.add(form);
      }
    }
    String citizenship = r.length > 4 && r[4] != null && !"".equals(r[4]) ? (String) r[4] : null;
    persons.merge(
        r[0],
        new GlotipPerson(lookup(SEX, r[1]), lookup(AGE, r[2]), forms, citizenship),
        (a, b) -> {
          Set<String> union = new LinkedHashSet<>(a.forms());
          union.addAll(b.forms());
          return new GlotipPerson(a.sex(), a.age(), union, a.citizenship());
        });
  }

  /** How many persons of each citizenship, by UNODC's country name; the unknown left out. */
  static Map<String, Long> byCitizenship(java.util.Collection<GlotipPerson> persons) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (GlotipPerson p : persons) {
      if (p.citizenship() != null) {
        counts.merge(UnodcCountries.name(p.citizenship()), 1L, Long::sum);
      }
    }
    return counts;
  }
}
