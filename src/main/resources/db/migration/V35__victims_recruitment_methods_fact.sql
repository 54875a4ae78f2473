-- The CTDC export's isAbduction reads the recruitment methods of the identification.
create or replace view facts_victim_identification as
select i.case_id, i.decided_on, i.status, i.deciding_organisation_id, i.exploitation_types,
       i.sectors, i.sexual_exploitation_types, i.means_of_control, i.recruitment_channel,
       i.recruiter_relation, i.countries_of_exploitation, i.recruitment_methods
from victim_identification i;
