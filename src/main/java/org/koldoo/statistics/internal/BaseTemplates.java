package org.koldoo.statistics.internal;

import java.util.Map;

/**
 * The report's queries as written in statistics/bases/*.sql: their shared parts filled in, and
 * repeated per period.
 */
final class BaseTemplates {

  private BaseTemplates() {}

  /**
   * The named parts the queries in {@code statistics/bases/*.sql} share, written there as {@code
   * {{name}}} or, for those that take the day column they apply to, {@code {{name(column)}}}.
   */
  static final Map<String, String> FRAGMENTS =
      Map.of(
          "first_identifications",
          Bases.FIRST_IDENTIFICATIONS,
          // the period a day falls in: 0 the report period, 1 and 2 the two before it
          "bucket",
          """
          case when $day between :f0 and :t0 then 0 when $day between :f1 and :t1 then 1
            when $day between :f2 and :t2 then 2 end""",
          // the last day of the period a row falls in
          "period_end",
          """
          (case b when 0 then cast(:t0 as date) when 1 then cast(:t1 as date)
            else cast(:t2 as date) end)""",
          "age_group_of_v",
          "case when v.child then 'CHILD' when v.age is not null then 'ADULT' else 'UNKNOWN' end",
          "case_person_columns",
          """
          coalesce(pc.cluster_id, v.exact_person_id) as person_id, v.sex,
            case when v.child then 'CHILD' when v.age is not null then 'ADULT' else 'UNKNOWN' end
            as age_group, v.child, nullif(v.citizenship, '') as citizenship, v.region""",
          // the last reclassification of event e's case on or before its day, as rc: the article
          // and class the case then stood under, unless none (then its initial ones)
          "reclassification_at_event",
          """
          left join lateral (select r.class_to, r.article_to from facts_case_event r
            where r.case_id = e.case_id and r.event_type = 'RECLASSIFIED'
            and r.occurred_on <= e.occurred_on order by r.occurred_on desc limit 1) rc on true""",
          "class_at_event",
          "coalesce(rc.class_to, c.initial_class)",
          "article_at_event",
          "coalesce(rc.article_to, c.initial_article)",
          // a defendant's age group on a day: from the date of birth when recorded, else from the
          // year of birth when that settles it (a year-based 18 could be 17: it stays unknown)
          "defendant_age_group",
          """
          case when d.birth_date is not null
              then case when d.birth_date > $day - interval '18 years' then 'CHILD' else 'ADULT' end
            when d.birth_year is null then 'UNKNOWN'
            when extract(year from $day) - d.birth_year >= 19 then 'ADULT'
            when extract(year from $day) - d.birth_year <= 17 then 'CHILD'
            else 'UNKNOWN' end""");

  static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{\\{(\\w+)(?:\\(([\\w.]+)\\))?}}");

  /** The query of {@code statistics/bases/<name>.sql}, comments left out, its parts filled in. */
  static String template(String name) {
    String resource = "/statistics/bases/" + name + ".sql";
    String text;
    try (var in = Bases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the application");
      }
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StringBuilder sql = new StringBuilder();
    text.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sql.append(l).append('\n'));
    var m = PLACEHOLDER.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = FRAGMENTS.get(m.group(1));
      if (fragment == null || (m.group(2) == null) == fragment.contains("$day")) {
        throw new IllegalStateException(resource + ": no part " + m.group());
      }
      String filled = m.group(2) == null ? fragment : fragment.replace("$day", m.group(2));
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(" " + filled + " "));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The same query once per period, {@code :f}/{@code :t} standing for that period's bounds. */
  static String perPeriod(String template) {
    StringBuilder sql = new StringBuilder();
    for (int k = 0; k < 3; k++) {
      if (k > 0) {
        sql.append(" union all ");
      }
      sql.append(
          template
              .replace(":f", ":f" + k)
              .replace(":t", ":t" + k)
              .replace("$b", Integer.toString(k)));
    }
    return sql.toString();
  }
}
