-- The "events" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(e.occurred_on)}} as b, e.id, e.case_id, e.event_type, e.outcome, e.reason,
  e.class_from, e.class_to, e.article_to, e.defendant_id, d.sex, d.public_official, d.citizenship,
  {{defendant_age_group(e.occurred_on)}} as age_group, c.exploitation_types,
  {{class_at_event}} as class_at, {{article_at_event}} as article, coalesce(cv.child,
  false) as child_victim,
  case when e.event_type <> 'SENTENCE' then null when e.suspended then 'SUSPENDED' when coalesce(e.months,
  0) = 0 and e.fine_kgs is not null then 'FINE_ONLY' when e.months < 36 then 'PRISON_UNDER_3Y' when e.months <= 60 then 'PRISON_3_TO_5Y' when e.months <= 96 then 'PRISON_5_TO_8Y' else 'PRISON_OVER_8Y' end as sentence_band
from facts_case_event e
join facts_criminal_case c on c.case_id = e.case_id {{reclassification_at_event}}
left join facts_defendant d on d.defendant_id = e.defendant_id
left join (select cv.case_id, bool_or(v.child) as child
from facts_case_victim cv
join facts_victim_case v on v.case_id = cv.victim_case_id
group by cv.case_id) cv on cv.case_id = e.case_id
where e.occurred_on between :lo and :hi
