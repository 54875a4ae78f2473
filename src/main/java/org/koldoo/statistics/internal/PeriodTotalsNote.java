package org.koldoo.statistics.internal;

import org.koldoo.statistics.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a report period's hotline or inspection figures include what is known only as totals for
 * a period, so that the report can say so.
 */
@Component
class PeriodTotalsNote {

  private final JdbcClient jdbc;

  PeriodTotalsNote(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether the report period counts calls known only as period totals: some hotline's total whose
   * whole period lies in it and in which that hotline recorded no single call.
   */
  boolean hotlineTotalsCount(Period period) {
    return counts(
        """
        select exists (select 1 from facts_hotline_period p
          where p.period_start >= :from and p.period_end <= :to
            and not exists (select 1 from facts_hotline_day d
              where d.organisation_id = p.organisation_id
                and d.day between p.period_start and p.period_end))
        """,
        period);
  }

  /**
   * Whether the report period counts inspections known only as period totals: some inspectorate's
   * total whose whole period lies in it and in which that inspectorate recorded no single one.
   */
  boolean inspectionTotalsCount(Period period) {
    return counts(
        """
        select exists (select 1 from facts_inspection_period p
          where p.period_start >= :from and p.period_end <= :to
            and not exists (select 1 from facts_inspection i
              where i.inspecting_body = p.inspecting_body
                and i.inspected_on between p.period_start and p.period_end))
        """,
        period);
  }

  private boolean counts(String exists, Period period) {
    return jdbc.sql(exists)
        .param("from", period.from())
        .param("to", period.to())
        .query(Boolean.class)
        .single();
  }
}
