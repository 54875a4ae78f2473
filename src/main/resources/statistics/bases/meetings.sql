-- The "meetings" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(m.held_on)}} as b, m.id
from facts_meeting m
where m.held_on between :lo and :hi
