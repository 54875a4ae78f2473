-- The assistance module's published read model: referrals and services, without notes.
create view facts_referral as
select r.id, r.case_id, r.from_organisation, r.to_organisation, r.service_type, r.sent_on,
       r.status, r.responded_on, r.child_procedure
from referral r;

create view facts_service as
select s.id, s.case_id, s.provider_id, s.service_type, s.started_on, s.ended_on, s.outcome
from service_delivery s;
