-- The "hotline" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(d.day)}} as b, d.channel, d.outcome, d.trafficking_related, d.calls as n
from facts_hotline_day d
where d.day between :lo and :hi
union all
-- calls known only as a total for a period (earlier years, paper logs): counted where the hotline
-- recorded no single call in that period, in the report period that holds the whole of it; their
-- channel and outcome are unknown
select {{bucket(p.period_start)}} as b, null, null, p.trafficking_related, p.calls as n
from facts_hotline_period p
where p.period_start between :lo and :hi
  and {{bucket(p.period_start)}} = {{bucket(p.period_end)}}
  and not exists (select 1 from facts_hotline_day d where d.organisation_id = p.organisation_id
                  and d.day between p.period_start and p.period_end)
