-- The "demand-reduction" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(a.held_on)}} as b, a.id, a.kind, a.reach, o.code as body
from facts_demand_reduction a
join facts_organisation o on o.id = a.organisation_id
where a.held_on between :lo and :hi
