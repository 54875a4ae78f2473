-- The "ngo-support" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(s.period_start)}} as b, s.id, s.centre_id, s.kind, s.amount_kgs, c.code as centre
from facts_ngo_support s
join facts_organisation c on c.id = s.centre_id
where s.period_start between :lo and :hi
