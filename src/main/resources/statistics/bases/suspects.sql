-- The "suspects" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(c.registered_on)}} as b, d.defendant_id, d.sex, d.public_official, d.citizenship,
  {{defendant_age_group(c.registered_on)}} as age_group, c.exploitation_types,
  c.initial_article as article
from facts_defendant d
join facts_criminal_case c on c.case_id = d.case_id
where c.initial_class = 'TRAFFICKING' and c.registered_on between :lo and :hi
