-- The Ombudsman is not a ministry: "SOPs adopted by 5 of 8 ministries, the Ombudsman, ..." must
-- count it apart. It is a state body, so it stays among the government's identifying bodies.
update organisation set type = 'OMBUDSMAN' where code = 'OMBUDSMAN' and type = 'MINISTRY';

create or replace view facts_organisation as
select o.id, o.code, o.type, o.region, o.active,
       o.type in ('MINISTRY', 'OMBUDSMAN', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT',
                  'LOCAL_GOVERNMENT') as government
from organisation o;
