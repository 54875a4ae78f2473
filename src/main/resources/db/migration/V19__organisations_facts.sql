-- The organisations module's published read model: who is government, for "identified by".
create view facts_organisation as
select o.id, o.code, o.type, o.region, o.active,
       o.type in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT') as government
from organisation o;
