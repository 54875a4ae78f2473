-- The "harassment" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(h.reported_on)}} as b, h.id, h.target, h.region, h.sector, h.referred_to_police
from facts_harassment h
where h.reported_on between :lo and :hi
