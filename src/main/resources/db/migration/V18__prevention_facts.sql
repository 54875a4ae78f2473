-- The prevention module's published read model for statistics (free-text notes stay behind).
create view facts_hotline_call as
select h.id, h.organisation_id, h.received_at, (h.received_at at time zone 'Asia/Bishkek')::date as received_on,
       h.channel, h.caller_type, h.topics, h.trafficking_related, h.outcome, h.victim_case_id
from hotline_call h;

create view facts_inspection as
select i.id, i.inspected_on, i.inspecting_body, i.unannounced, i.sector, i.region, i.site_type,
       i.indicators is not null and i.indicators <> '' as indicators_found, i.referred_to_police
from labour_inspection i;

create view facts_training as
select t.id, t.held_on, t.organiser, t.funder, t.police, t.prosecutors, t.judges,
       t.labour_inspectors, t.social_workers, t.diplomats, t.peacekeepers, t.others
from training_event t;

create view facts_campaign as
select c.id, c.starts_on, c.ends_on, c.reach from awareness_campaign c;

create view facts_migration_service as
select m.period_start, m.period_end, m.pre_departure_orientations, m.consultations, m.people_served
from migration_service_period m;

create view facts_sop as
select s.organisation_id, s.stage, s.reached_on from sop_adoption s;

create view facts_meeting as
select m.id, m.held_on from working_group_meeting m;

create view facts_nap_activity as
select n.id, n.deadline, n.status from nap_activity n;

create view facts_agency as
select a.id, a.valid_from, a.valid_to, a.status from employment_agency a;

create view facts_agency_report as
select r.id, r.agency_id, r.kind, r.received_on, r.fee_kgs, r.fee_stage from agency_report r;
