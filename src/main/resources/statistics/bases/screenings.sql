-- The "screenings" base of the report. :lo/:hi bound the three periods, :f0/:t0 the report period,
-- :f1/:t1 and :f2/:t2 the two before it; b is the period a row falls in.
select {{bucket(s.screened_on)}} as b, {{case_person_columns}} , s.vulnerable_group, s.location,
  s.proposes_presumed
from facts_victim_screening s
join facts_victim_case v on v.case_id = s.case_id
left join facts_person_cluster pc on pc.case_id = s.case_id
where s.screened_on between :lo and :hi
