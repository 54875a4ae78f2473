-- The "agency-reports" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(r.received_on)}} as b, r.id, r.kind, r.fee_kgs, r.fee_stage
from facts_agency_report r
where r.received_on between :lo and :hi
