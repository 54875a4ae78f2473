-- The "services" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(s.started_on)}} as b, {{case_person_columns}} , s.service_type, o.code as provider,
  o.government
from facts_service s
join facts_victim_case v on v.case_id = s.case_id
left join facts_person_cluster pc on pc.case_id = s.case_id
join facts_organisation o on o.id = s.provider_id
where s.started_on between :lo and :hi
