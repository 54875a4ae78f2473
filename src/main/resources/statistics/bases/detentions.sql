-- The "detentions" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(d.occurred_on)}} as b, d.persons, d.screened, d.referred_as_victims, d.measure,
  nullif(d.citizenship, '') as citizenship
from facts_operation_detention d
where d.occurred_on between :lo and :hi
