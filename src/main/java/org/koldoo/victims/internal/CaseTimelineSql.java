package org.koldoo.victims.internal;

/** The statement behind a case's timeline: every step recorded for it, one row each. */
final class CaseTimelineSql {

  private CaseTimelineSql() {}

  /**
   * The steps of case {@code :c} up to day {@code :today}, as rows (on_date, step, kind, label,
   * detail, organisation_id, recorded_by). A consent given for a time lapses the day after its last
   * day; nobody records a lapse.
   */
  static final String TIMELINE =
      """
      select screened_on as on_date, 1 as step, 'screening' as kind,
             'VulnerableGroup.' || vulnerable_group as label,
             case when proposes_presumed then 'presumed' else '' end as detail,
             organisation_id, recorded_by
        from victim_screening where case_id = :c
      union all
      select decided_on, 2, 'identification', 'IdentificationStatus.' || status,
             coalesce(array_to_string(exploitation_types, ','), ''), deciding_organisation_id,
             recorded_by
        from victim_identification where case_id = :c
      union all
      select given_on, 3, 'consent', 'ConsentPurpose.' || purpose, 'given', organisation_id,
             recorded_by
        from victim_consent where case_id = :c
      union all
      select withdrawn_on, 4, 'consent', 'ConsentPurpose.' || purpose, 'withdrawn', organisation_id,
             withdrawn_by
        from victim_consent where case_id = :c and withdrawn_on is not null
      union all
      select valid_until + 1, 4, 'consent', 'ConsentPurpose.' || purpose, 'lapsed', organisation_id,
             null
        from victim_consent where case_id = :c and valid_until < :today
         and (withdrawn_on is null or withdrawn_on > valid_until)
      union all
      select event_on, 5, 'return', 'ReturnKind.' || kind, coalesce(country, ''), organisation_id,
             recorded_by
        from victim_return where case_id = :c
      union all
      select on_date, 6,
             case kind when 'CLOSED' then 'closed' when 'TASK_ADDED' then 'taskAdded'
                       when 'TASK_DONE' then 'taskDone' else 'work' end,
             case kind when 'CLOSED' then 'CaseCloseReason.' || detail
                       when 'TASK_ADDED' then 'TaskKind.' || detail
                       when 'TASK_DONE' then 'TaskOutcome.' || detail
                       else 'CaseWork.' || kind end,
             '', organisation_id, recorded_by
        from victim_case_work where case_id = :c
      """;
}
