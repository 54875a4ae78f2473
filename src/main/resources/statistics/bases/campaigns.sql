-- The "campaigns" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(c.starts_on)}} as b, c.id, c.reach
from facts_campaign c
where c.starts_on between :lo and :hi
