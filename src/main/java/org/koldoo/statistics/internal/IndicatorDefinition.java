package org.koldoo.statistics.internal;

import java.util.List;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Section;
import org.koldoo.statistics.Unit;

/**
 * One figure of the report, defined once. Its name and written definition are the messages {@code
 * indicator.<id>.name} and {@code indicator.<id>.definition} in each language.
 *
 * @param id stable identifier (the seed chapter's numbering: P prosecution, V protection, R
 *     prevention)
 * @param measure an SQL aggregate over the base's rows, e.g. {@code count(distinct person_id)
 *     filter (where body = 'GOVERNMENT')}
 */
record IndicatorDefinition(
    String id, Section section, Unit unit, Base base, String measure, List<Breakdown> breakdowns) {

  String nameKey() {
    return "indicator." + id + ".name";
  }

  String definitionKey() {
    return "indicator." + id + ".definition";
  }
}
