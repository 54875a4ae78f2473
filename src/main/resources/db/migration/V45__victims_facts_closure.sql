-- The report counts victim cases closed in a period, by reason (issue 16): the published facts
-- view carries the closing day and reason. Columns are only added at the end.
create or replace view facts_victim_case as
select c.id                as case_id,
       c.organisation_id,
       c.registered_on,
       c.sex,
       c.child,
       coalesce(c.age_at_exploitation, c.estimated_age,
                case when c.birth_year is not null then extract(year from c.registered_on)::int - c.birth_year end) as age,
       coalesce(c.citizenships[1], '') as citizenship,
       nullif(array_to_string(c.citizenships, ','), '') as citizenships,
       c.region,
       c.best_interests_on is not null or c.guardian_type is not null as child_procedure,
       coalesce(c.person_key, c.id) as exact_person_id,
       c.closed_on,
       c.close_reason
from victim_case c;
