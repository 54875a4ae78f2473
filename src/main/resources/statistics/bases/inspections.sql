-- The "inspections" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(i.inspected_on)}} as b, i.id, i.unannounced, i.indicators_found,
  i.referred_to_police, i.sector, i.region, i.site_type
from facts_inspection i
where i.inspected_on between :lo and :hi
