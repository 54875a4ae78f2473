package org.koldoo.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import org.koldoo.statistics.Breakdown;

/**
 * The statement that computes a base's indicators in one pass: the totals of every period and each
 * breakdown of the report period.
 */
final class ReportQueries {

  private ReportQueries() {}

  /**
   * The base's rows grouped by period, then by period and each breakdown its indicators use; a
   * breakdown's branch computes only the measures of the indicators that break down by it (the
   * others are 0 there and never read). Bases whose rows carry the person are counted by {@link
   * PersonCounts} instead.
   */
  static String query(Base base, List<IndicatorDefinition> indicators) {
    StringBuilder sql =
        new StringBuilder("with base as (")
            .append(base.sql())
            .append(") ")
            .append(branch(base, indicators, null));
    indicators.stream()
        .flatMap(d -> d.breakdowns().stream())
        .distinct()
        .forEach(
            breakdown -> sql.append(" union all ").append(branch(base, indicators, breakdown)));
    return sql.toString();
  }

  /** The totals of every period: b, no breakdown, no key, the measures (%1$s), filter (%2$s). */
  static final String TOTALS =
      """
      select b, null::text, null::text, %1$s
        from base
       where b is not null%2$s
       group by b""";

  /**
   * One breakdown of the report period (b = 0): its name (%1$s), key (%2$s), the measures (%3$s),
   * the unnesting of a list column (%4$s) and the filter (%5$s).
   */
  static final String BREAKDOWN =
      """
      select b, '%1$s', %2$s, %3$s
        from base %4$s
       where b = 0%5$s
       group by b, %2$s""";

  /** A comma-joined list column (%s), one row per code, UNKNOWN when empty. */
  static final String UNNEST =
      "cross join lateral unnest(coalesce(string_to_array(nullif(%s, ''), ','), array['UNKNOWN'])) k";

  /** One branch: the totals ({@code breakdown} null) or one breakdown. */
  static String branch(Base base, List<IndicatorDefinition> indicators, Breakdown breakdown) {
    List<String> measures = new ArrayList<>();
    for (IndicatorDefinition d : indicators) {
      // an indicator that does not break down by this breakdown is 0 here and never read
      boolean counted = breakdown == null || d.breakdowns().contains(breakdown);
      measures.add(counted ? "coalesce(%s, 0)".formatted(d.measure()) : "0");
    }
    if (breakdown == null) {
      return TOTALS.formatted(String.join(", ", measures), onlyCounted(indicators, null));
    }
    Base.Dim dim = base.dims().get(breakdown);
    // a list column counts once under each of its codes, an empty one under UNKNOWN
    String key =
        dim.multi() ? "k" : "coalesce(nullif(%s::text, ''), 'UNKNOWN')".formatted(dim.column());
    String unnest = dim.multi() ? UNNEST.formatted(dim.column()) : "";
    return BREAKDOWN.formatted(
        breakdown.name(),
        key,
        String.join(", ", measures),
        unnest,
        onlyCounted(indicators, breakdown));
  }

  static final java.util.regex.Pattern FILTER =
      java.util.regex.Pattern.compile("^[^()]*\\([^()]*\\) filter \\(where (.*)\\)$");

  /**
   * When every measure a branch computes counts only rows matching its own filter, rows matching
   * none of the filters change nothing there and are left out before grouping.
   */
  static String onlyCounted(List<IndicatorDefinition> indicators, Breakdown breakdown) {
    List<String> conditions = new ArrayList<>();
    for (IndicatorDefinition d : indicators) {
      if (breakdown != null && !d.breakdowns().contains(breakdown)) {
        continue;
      }
      java.util.regex.Matcher m = FILTER.matcher(d.measure());
      if (!m.matches()) {
        return "";
      }
      conditions.add("(%s)".formatted(m.group(1)));
    }
    return conditions.isEmpty() ? "" : " and (%s)".formatted(String.join(" or ", conditions));
  }

  /** Pending linkage pairs as pairs of persons: the person query (%s) limited to those cases. */
  static final String PENDING_PAIRS =
      """
      with person as (%s where v.case_id in (select case_a from facts_linkage_pending
                                               union all select case_b from facts_linkage_pending))
      select pa.person_id, pb.person_id from facts_linkage_pending l
        join person pa on pa.case_id = l.case_a
        join person pb on pb.case_id = l.case_b
       where pa.person_id <> pb.person_id
      """;

  /** One measure (%5$s) by two columns (%3$s, %4$s) of a base (%2$s) over persons (%1$s). */
  static final String CROSS =
      """
      with person as (%1$s), base as (%2$s)
      select coalesce(nullif(%3$s::text, ''), 'UNKNOWN'), coalesce(nullif(%4$s::text, ''), 'UNKNOWN'),
             coalesce(%5$s, 0)
        from base where b = 0 group by 1, 2
      """;

  /** Columns (%3$s) of a base's (%2$s) rows in the report period, over persons (%1$s). */
  static final String ROWS =
      """
      with person as (%1$s), base as (%2$s)
      select %3$s from base where b = 0
      """;
}
