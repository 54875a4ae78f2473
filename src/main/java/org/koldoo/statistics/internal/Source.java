package org.koldoo.statistics.internal;

/**
 * A register whose first record says from when figures drawn from it are data rather than a gap: a
 * figure for a period that ends before anything was ever recorded in its register is null and named
 * in the data-gap list; after that, zero means zero.
 */
enum Source {
  VICTIM_CASES("select min(registered_on) from facts_victim_case"),
  CRIMINAL_CASES("select min(registered_on) from facts_criminal_case"),
  OPERATIONS("select min(started_on) from facts_operation"),
  DETENTIONS("select min(occurred_on) from facts_operation_detention"),
  NGO_SUPPORT("select min(period_start) from facts_ngo_support"),
  DEMAND_REDUCTION("select min(held_on) from facts_demand_reduction"),
  HARASSMENT("select min(reported_on) from facts_harassment"),
  TRAINING("select min(held_on) from facts_training"),
  CAMPAIGNS("select min(starts_on) from facts_campaign"),
  MIGRATION_SERVICE("select min(period_start) from facts_migration_service"),
  SOP("select min(reached_on) from facts_sop"),
  MEETINGS("select min(held_on) from facts_meeting"),
  NAP("select min(deadline) from facts_nap_activity"),
  AGENCIES("select min(valid_from) from facts_agency"),
  HOTLINE("select min(received_on) from facts_hotline_call"),
  /** The hotline's calls, recorded one by one or as totals for a period. */
  HOTLINE_CALLS(
      """
          select least((select min(received_on) from facts_hotline_call),
          (select min(period_start) from facts_hotline_period))
          """),
  /** Labour inspections, recorded one by one or as totals for a period. */
  INSPECTIONS(
      """
          select least((select min(inspected_on) from facts_inspection),
          (select min(period_start) from facts_inspection_period))
          """),
  ANY_RECORD(
      """
          select least((select min(registered_on) from facts_victim_case),
          (select min(registered_on) from facts_criminal_case))
          """);

  private final String firstRecordSql;

  Source(String firstRecordSql) {
    this.firstRecordSql = firstRecordSql;
  }

  String firstRecordSql() {
    return firstRecordSql;
  }
}
