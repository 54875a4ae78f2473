-- The "closures" base of the report: victim cases closed, dated by their closing, with the
-- person behind each. A reopened case is no longer closed, so it is not counted. :lo/:hi bound
-- the three periods; b is the period a row falls in.
select {{bucket(v.closed_on)}} as b, {{case_person_columns}} , v.close_reason
from facts_victim_case v
left join facts_person_cluster pc on pc.case_id = v.case_id
where v.closed_on between :lo and :hi
