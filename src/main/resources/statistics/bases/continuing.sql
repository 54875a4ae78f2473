-- PER PERIOD. The "continuing" base of the report, run once per period with :f/:t its bounds
-- and $b its number (0 the report period, 1 and 2 the two before it). A closure counts unless the
-- case was reopened after it, before the period.
select $b as b, c.case_id, c.exploitation_types, c.initial_article as article, c.origin, o.region
from facts_criminal_case c
join facts_organisation o on o.id = c.organisation_id
where c.initial_class = 'TRAFFICKING' and c.registered_on < :f and not exists (select 1
from facts_case_event e
where e.case_id = c.case_id and e.occurred_on < :f and (e.event_type = 'SENT_TO_COURT'
  or (e.event_type = 'RECLASSIFIED' and e.class_to = 'LESSER') or (e.event_type = 'CLOSED'
  and not exists (select 1
    from facts_case_event r
    where r.case_id = e.case_id and r.event_type = 'REOPENED' and r.occurred_on >= e.occurred_on
      and r.occurred_on < :f))))
