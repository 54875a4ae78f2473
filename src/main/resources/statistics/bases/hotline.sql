-- The "hotline" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(d.day)}} as b, d.channel, d.outcome, d.trafficking_related, d.calls as n
from facts_hotline_day d
where d.day between :lo and :hi
