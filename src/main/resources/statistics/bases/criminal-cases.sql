-- The "criminal-cases" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(c.registered_on)}} as b, c.case_id, c.exploitation_types,
  c.initial_article as article, c.initial_class, c.origin, o.region, c.not_international_definition,
  c.operation_id
from facts_criminal_case c
join facts_organisation o on o.id = c.organisation_id
where c.registered_on between :lo and :hi
