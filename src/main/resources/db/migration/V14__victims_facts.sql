-- The victims module's published read model for statistics: pseudonymous facts only (no
-- ciphertext, no blind index leaves this view). exact_person_id is the first case of every
-- group of cases whose name and birth date blind indexes both match — the person until the
-- linkage module clusters the case.
create view facts_victim_case as
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
       case when c.name_index is not null and c.birth_date_index is not null
            then first_value(c.id) over (partition by c.name_index, c.birth_date_index order by c.registered_on, c.id)
            else c.id end as exact_person_id
from victim_case c;

create view facts_victim_identification as
select i.case_id, i.decided_on, i.status, i.deciding_organisation_id, i.exploitation_types,
       i.sectors, i.sexual_exploitation_types, i.means_of_control, i.recruitment_channel,
       i.recruiter_relation, i.countries_of_exploitation
from victim_identification i;

create view facts_victim_screening as
select s.case_id, s.screened_on, s.location, s.vulnerable_group, s.proposes_presumed, s.organisation_id
from victim_screening s;

create view facts_victim_return as
select r.case_id, r.kind, r.event_on, r.country, r.organisation_id
from victim_return r;
