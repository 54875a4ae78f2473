-- The "prosecuted" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(e.occurred_on)}} as b, d.defendant_id, d.sex, d.public_official, d.citizenship,
  {{defendant_age_group(e.occurred_on)}} as age_group, c.exploitation_types,
  {{article_at_event}} as article
from facts_case_event e
join facts_criminal_case c on c.case_id = e.case_id {{reclassification_at_event}}
join facts_defendant d on d.case_id = e.case_id
where e.event_type = 'SENT_TO_COURT' and e.occurred_on between :lo and :hi and {{class_at_event}} = 'TRAFFICKING'
