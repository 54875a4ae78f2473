-- The "migration-service" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(m.period_start)}} as b, m.people_served, m.pre_departure_orientations,
  m.consultations
from facts_migration_service m
where m.period_start between :lo and :hi
