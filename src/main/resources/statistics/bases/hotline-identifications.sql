-- The "hotline-identifications" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(h.received_on)}} as b, h.channel
from facts_hotline_call h
where h.victim_case_id is not null and h.received_on between :lo and :hi and exists (select 1
from facts_victim_identification i
where i.case_id = h.victim_case_id and i.status = 'IDENTIFIED_VICTIM')
