-- The "operations" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(o.started_on)}} as b, o.id, o.offences_uncovered, o.trafficking_among_offences,
  g.region
from facts_operation o
join facts_organisation g on g.id = o.organisation_id
where o.started_on between :lo and :hi
