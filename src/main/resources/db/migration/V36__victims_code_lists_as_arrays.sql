-- Code lists of a victim case are arrays, not comma-joined text: the case aggregate reads and
-- writes them as sets, and nothing has to split them apart again. The published facts views keep
-- their shape (the same comma-joined text, in the order stored), so statistics does not change.
drop view facts_victim_case;
drop view facts_victim_identification;

alter table victim_case
    alter column citizenships type text[] using string_to_array(nullif(citizenships, ''), ','),
    alter column vulnerability_factors type text[] using string_to_array(nullif(vulnerability_factors, ''), ',');
alter table victim_screening
    alter column indicators type text[] using coalesce(string_to_array(nullif(indicators, ''), ','), '{}');
alter table victim_identification
    alter column exploitation_types type text[] using string_to_array(nullif(exploitation_types, ''), ','),
    alter column sectors type text[] using string_to_array(nullif(sectors, ''), ','),
    alter column sexual_exploitation_types type text[] using string_to_array(nullif(sexual_exploitation_types, ''), ','),
    alter column means_of_control type text[] using string_to_array(nullif(means_of_control, ''), ','),
    alter column recruitment_methods type text[] using string_to_array(nullif(recruitment_methods, ''), ','),
    alter column countries_of_recruitment type text[] using string_to_array(nullif(countries_of_recruitment, ''), ','),
    alter column countries_of_transit type text[] using string_to_array(nullif(countries_of_transit, ''), ','),
    alter column countries_of_exploitation type text[] using string_to_array(nullif(countries_of_exploitation, ''), ',');

-- a list no form can produce is refused by the database too (the enums and ISO 3166 bound them)
alter table victim_case
    add constraint victim_case_lists check (cardinality(citizenships) <= 250
                                            and cardinality(vulnerability_factors) <= 100);
alter table victim_screening
    add constraint victim_screening_lists check (cardinality(indicators) <= 200);
alter table victim_identification
    add constraint victim_identification_lists check (
        cardinality(exploitation_types) <= 100 and cardinality(sectors) <= 100
        and cardinality(sexual_exploitation_types) <= 100 and cardinality(means_of_control) <= 100
        and cardinality(recruitment_methods) <= 100 and cardinality(countries_of_recruitment) <= 250
        and cardinality(countries_of_transit) <= 250 and cardinality(countries_of_exploitation) <= 250);

create view facts_victim_case as
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
       coalesce(c.person_key, c.id) as exact_person_id
from victim_case c;

create view facts_victim_identification as
select i.case_id, i.decided_on, i.status, i.deciding_organisation_id,
       nullif(array_to_string(i.exploitation_types, ','), '') as exploitation_types,
       nullif(array_to_string(i.sectors, ','), '') as sectors,
       nullif(array_to_string(i.sexual_exploitation_types, ','), '') as sexual_exploitation_types,
       nullif(array_to_string(i.means_of_control, ','), '') as means_of_control,
       i.recruitment_channel, i.recruiter_relation,
       nullif(array_to_string(i.countries_of_exploitation, ','), '') as countries_of_exploitation,
       nullif(array_to_string(i.recruitment_methods, ','), '') as recruitment_methods
from victim_identification i;
