package org.koldoo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koldoo.statistics.Breakdown;
import org.koldoo.statistics.Section;
import org.koldoo.statistics.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counting persons outside SQL: a person with several rows in a period counts once per value, a
 * list counts each distinct code once, filters select rows before persons are counted, and rows are
 * counted as rows where the measure says so.
 */
class PersonCountsModuleTests extends StatisticsModuleTest {

  @Autowired JdbcClient jdbc;

  static final String P1 = "'00000000-0000-0000-0000-000000000001'::uuid";
  static final String P2 = "'00000000-0000-0000-0000-000000000002'::uuid";
  static final String P3 = "'00000000-0000-0000-0000-000000000003'::uuid";

  /** Three persons in the report period (b 0), one of them with two rows; one row a period back. */
  static final Base BASE =
      new Base(
          "test",
          Source.VICTIM_CASES,
          "select * from (values"
              + " (0, "
              + P1
              + ", 'FEMALE', 'LABOUR,SEXUAL,LABOUR', true),"
              + " (0, "
              + P1
              + ", 'FEMALE', 'SEXUAL', false),"
              + " (0, "
              + P2
              + ", 'MALE', null, false),"
              + " (0, "
              + P3
              + ", '', '', true),"
              + " (1, "
              + P1
              + ", 'FEMALE', 'BEGGING', true),"
              + " (null, "
              + P2
              + ", 'MALE', 'LABOUR', true)"
              + ") as t (b, person_id, sex, types, flagged)",
          Map.of(
              Breakdown.SEX,
              Base.Dim.of("sex"),
              Breakdown.EXPLOITATION_TYPE,
              Base.Dim.list("types")),
          true);

  static IndicatorDefinition indicator(String id, String measure, Breakdown... breakdowns) {
    return new IndicatorDefinition(
        id, Section.PROTECTION, Unit.PERSONS, BASE, measure, List.of(breakdowns));
  }

  static final List<IndicatorDefinition> INDICATORS =
      List.of(
          indicator(
              "persons", "count(distinct person_id)", Breakdown.SEX, Breakdown.EXPLOITATION_TYPE),
          indicator(
              "flagged",
              "count(distinct person_id) filter (where flagged)",
              Breakdown.EXPLOITATION_TYPE),
          indicator("rows", "count(*)", Breakdown.SEX));

  Map<String, List<Long>> counts() {
    PersonCounts counts = new PersonCounts(BASE, INDICATORS);
    List<Object[]> rows = counts.count(jdbc.sql(counts.sql()).query(counts::read));
    Map<String, List<Long>> byKey = new HashMap<>();
    for (Object[] row : rows) {
      List<Long> values =
          Arrays.stream(row, 3, row.length).map(v -> ((Number) v).longValue()).toList();
      if (values.stream().anyMatch(v -> v != 0)) {
        byKey.put(row[0] + " " + row[1] + " " + row[2], values);
      }
    }
    return byKey;
  }

  @Test
  void counts_each_person_once_per_period_and_value() {
    Map<String, List<Long>> counts = counts();

    // persons, flagged persons, rows
    assertThat(counts.get("0 null null")).containsExactly(3L, 2L, 4L);
    assertThat(counts.get("0 SEX FEMALE")).containsExactly(1L, 0L, 2L);
    assertThat(counts.get("0 SEX MALE")).containsExactly(1L, 0L, 1L);
    assertThat(counts.get("0 SEX UNKNOWN")).containsExactly(1L, 0L, 1L);
    assertThat(counts.get("0 EXPLOITATION_TYPE LABOUR")).containsExactly(1L, 1L, 0L);
    assertThat(counts.get("0 EXPLOITATION_TYPE SEXUAL")).containsExactly(1L, 1L, 0L);
    assertThat(counts.get("0 EXPLOITATION_TYPE UNKNOWN")).containsExactly(2L, 1L, 0L);
    // the period before: totals only, breakdowns are of the report period
    assertThat(counts.get("1 null null")).containsExactly(1L, 1L, 1L);
    assertThat(counts).hasSize(8);
  }

  @Test
  void refuses_a_measure_it_cannot_count() {
    assertThatThrownBy(
            () -> new PersonCounts(BASE, List.of(indicator("sum", "sum(n)", Breakdown.SEX))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sum(n)");
  }

  @Test
  void every_base_of_persons_in_the_catalogue_can_be_counted(
      @Autowired IndicatorCatalogue catalogue) {
    Map<Base, List<IndicatorDefinition>> byBase = new java.util.LinkedHashMap<>();
    catalogue.all().stream()
        .filter(d -> d.base() != null && d.base().perPerson())
        .forEach(d -> byBase.computeIfAbsent(d.base(), b -> new java.util.ArrayList<>()).add(d));
    assertThat(byBase).isNotEmpty();
    byBase.forEach(
        (base, indicators) ->
            assertThat(new PersonCounts(base, indicators).sql()).contains("person_id"));
  }
}
