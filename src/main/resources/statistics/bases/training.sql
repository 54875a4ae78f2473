-- The "training" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
-- The two arrays unnest in step: one row per profession, without a join.
select {{bucket(t.held_on)}} as b, t.organiser, t.funder, unnest(array['POLICE', 'PROSECUTORS',
  'JUDGES', 'LABOUR_INSPECTORS', 'SOCIAL_WORKERS', 'DIPLOMATS', 'PEACEKEEPERS',
  'OTHERS']) as profession, unnest(array[t.police, t.prosecutors, t.judges, t.labour_inspectors,
  t.social_workers, t.diplomats, t.peacekeepers, t.others]) as n
from facts_training t
where t.held_on between :lo and :hi
