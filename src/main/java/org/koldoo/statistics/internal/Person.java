package org.koldoo.statistics.internal;

import java.util.Set;

/**
 * A person as the grid sees them: sex and age group as GLOTIP names them (null if unknown), the
 * GLOTIP forms of exploitation and the citizenship (ISO code, null if unknown).
 */
record Person(String sex, String age, Set<String> forms, String citizenship) {

  boolean unknown() {
    return sex == null || age == null;
  }
}
