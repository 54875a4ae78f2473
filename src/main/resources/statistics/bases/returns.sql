-- The "returns" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(r.event_on)}} as b, {{case_person_columns}} , r.kind, r.country
from facts_victim_return r
join facts_victim_case v on v.case_id = r.case_id
left join facts_person_cluster pc on pc.case_id = r.case_id
where r.event_on between :lo and :hi
