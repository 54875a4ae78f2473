-- The "inspections" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in. A row counts n
-- inspections, of which n_unannounced were unannounced and n_flagged found indicators or referred
-- to the police.
select {{bucket(i.inspected_on)}} as b, 1 as n, case when i.unannounced then 1 else 0 end
  as n_unannounced, case when i.indicators_found or i.referred_to_police then 1 else 0 end
  as n_flagged, i.sector, i.region, i.site_type
from facts_inspection i
where i.inspected_on between :lo and :hi
union all
-- inspections known only as a total for a period (earlier years, quarterly returns): counted where
-- the inspectorate recorded no single inspection in that period, in the report period that holds
-- the whole of it; their sector, region and kind of site are unknown
select {{bucket(p.period_start)}} as b, p.inspections, p.unannounced, p.with_indicators, null,
  null, null
from facts_inspection_period p
where p.period_start between :lo and :hi
  and {{bucket(p.period_start)}} = {{bucket(p.period_end)}}
  and not exists (select 1 from facts_inspection i where i.inspecting_body = p.inspecting_body
                  and i.inspected_on between p.period_start and p.period_end)
