-- The "nap" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select x.*, case when x.status in ('DONE',
  'DROPPED') then x.status when x.deadline < least(cast(:today as date),
  {{period_end}} + 1) then 'OVERDUE' else 'ON_TIME' end as standing
from (select {{bucket(n.deadline)}} as b, n.id, n.deadline, n.status
from facts_nap_activity n
where n.deadline between :lo and :hi) x
