-- The person behind a case, as far as exact matching can tell: the smallest case id (as text)
-- among the cases whose name and birth-date blind indexes both match; null while the case shares
-- them with no other. Kept current by the victims module whenever a case's identity is written,
-- so that statistics no longer groups every case by its indexes on each query.
alter table victim_case add column person_key uuid;
create index victim_case_person_idx on victim_case (name_index, birth_date_index);
update victim_case c set person_key = g.person_key
from (select name_index, birth_date_index, min(id::text)::uuid as person_key
      from victim_case where name_index is not null and birth_date_index is not null
      group by name_index, birth_date_index having count(*) > 1) g
where g.name_index = c.name_index and g.birth_date_index = c.birth_date_index;

-- exact_person_id is now the stored person (see person_key), until linkage clusters the case
create or replace view facts_victim_case as
select c.id                as case_id,
       c.organisation_id,
       c.registered_on,
       c.sex,
       c.child,
       coalesce(c.age_at_exploitation, c.estimated_age,
                case when c.birth_year is not null then extract(year from c.registered_on)::int - c.birth_year end) as age,
       split_part(coalesce(c.citizenships, ''), ',', 1) as citizenship,
       c.citizenships,
       c.region,
       c.best_interests_on is not null or c.guardian_type is not null as child_procedure,
       coalesce(c.person_key, c.id) as exact_person_id
from victim_case c;
