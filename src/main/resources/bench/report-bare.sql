-- The report's figures (every indicator's total, for the period and the two before it) written
-- as the shortest plain SQL over the tables themselves, for `bench report` to time against the
-- report. Each statement returns b (0 = the period, 1 and 2 before it) and one column per
-- indicator, named by its id. :f0 :t0 :f1 :t1 :f2 :t2 are the periods' bounds, :cap the fee cap.
-- GOV below is the government organisation types.

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index),
first as (select distinct on (pr.person_id) pr.person_id, i.case_id, i.decided_on, i.deciding_organisation_id
          from victim_identification i join person pr on pr.case_id = i.case_id
          where i.status = 'IDENTIFIED_VICTIM' order by pr.person_id, i.decided_on, i.case_id),
ref as (select pr.person_id,
               min(r.sent_on) filter (where og.type in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT') or ot.type in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT')) as gov,
               min(r.sent_on) filter (where r.service_type = 'LEGAL_AID') as legal,
               min(r.sent_on) filter (where r.child_procedure) as child_procedure
        from referral r join person pr on pr.case_id = r.case_id
        join organisation og on og.id = r.from_organisation join organisation ot on ot.id = r.to_organisation
        group by pr.person_id),
svc as (select pr.person_id, min(s.started_on) as first from service_delivery s join person pr on pr.case_id = s.case_id group by pr.person_id),
x as (select p.b, p.t, f.person_id, c.child, c.best_interests_on is not null or c.guardian_type is not null as child_procedure,
             coalesce(c.citizenships[1], '') as citizenship,
             o.type in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT') as gov,
             ref.gov <= p.t as with_gov, ref.legal <= p.t as legal, ref.child_procedure <= p.t as child_referral, svc.first <= p.t as assisted
      from first f join p on f.decided_on between p.f and p.t
      join victim_case c on c.id = f.case_id join organisation o on o.id = f.deciding_organisation_id
      left join ref on ref.person_id = f.person_id left join svc on svc.person_id = f.person_id)
select b, count(*) as v0, count(*) filter (where gov) as v1,
       count(*) filter (where not gov and with_gov) as v2,
       count(*) filter (where not gov and with_gov and assisted) as v2b,
       count(*) filter (where not gov and with_gov and legal) as v2c,
       count(*) filter (where not gov and with_gov is not true) as v3,
       count(*) filter (where citizenship not in ('', 'KG')) as v6,
       count(*) filter (where child and (child_procedure or child_referral)) as v15,
       count(*) filter (where child) as v15b
from x group by b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index)
select p.b, count(*) as v5, count(distinct pr.person_id) as v5b,
       count(*) filter (where s.vulnerable_group = 'FOREIGN_WORKERS') as v6c,
       count(distinct pr.person_id) filter (where s.location = 'CONSULATE' and s.proposes_presumed) as v11,
       count(distinct pr.person_id) filter (where s.vulnerable_group = 'DETAINED_OR_DEPORTED') as v18c
from victim_screening s join p on s.screened_on between p.f and p.t join person pr on pr.case_id = s.case_id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index)
select p.b, count(*) as v21, count(distinct pr.person_id) as v21b
from victim_case c join p on c.closed_on between p.f and p.t join person pr on pr.case_id = c.id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index)
select p.b, count(distinct pr.person_id) as v19,
       count(distinct pr.person_id) filter (where coalesce(c.citizenships[1], '') not in ('', 'KG')) as v6b
from referral r join p on r.sent_on between p.f and p.t join person pr on pr.case_id = r.case_id
join victim_case c on c.id = r.case_id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index)
select p.b, count(distinct pr.person_id) as v20,
       count(distinct pr.person_id) filter (where o.type not in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT')) as v3b,
       count(distinct pr.person_id) filter (where s.service_type = 'SHELTER') as v7,
       count(distinct pr.person_id) filter (where s.service_type = 'LEGAL_AID' and o.type in ('MINISTRY', 'LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'LOCAL_GOVERNMENT')) as v14
from service_delivery s join p on s.started_on between p.f and p.t join person pr on pr.case_id = s.case_id
join organisation o on o.id = s.provider_id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
person as (select c.id as case_id, coalesce(pc.cluster_id, g.person_id, c.id) as person_id
           from victim_case c left join person_cluster pc on pc.case_id = c.id
           left join (select name_index, birth_date_index, min(id::text)::uuid as person_id from victim_case group by 1, 2) g
                  on g.name_index = c.name_index and g.birth_date_index = c.birth_date_index)
select p.b,
       count(distinct pr.person_id) filter (where r.kind in ('RESIDENCE_PERMIT', 'LONG_TERM_SHELTER')) as v8,
       count(distinct pr.person_id) filter (where r.kind = 'CONSULAR_ASSISTANCE') as v9,
       count(distinct pr.person_id) filter (where r.kind = 'REPATRIATION_OF_FOREIGN_VICTIM') as v9b,
       count(distinct pr.person_id) filter (where r.kind = 'REPATRIATION_OF_NATIONAL') as v9c,
       count(distinct pr.person_id) filter (where r.kind = 'REPATRIATION_FROM_CONFLICT_ZONE' and c.child) as v10
from victim_return r join p on r.event_on between p.f and p.t join person pr on pr.case_id = r.case_id
join victim_case c on c.id = r.case_id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) filter (where a.article_class = 'TRAFFICKING') as p1,
       count(*) filter (where c.not_international_definition) as p6,
       count(*) filter (where c.operation_id is not null and a.article_class = 'TRAFFICKING') as p7c,
       count(*) filter (where c.origin = 'NGO_OR_IO_COMPLAINT') as p8
from criminal_case c join p on c.registered_on between p.f and p.t join criminal_article a on a.id = c.initial_article_id
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as p2
from criminal_case c join p on c.registered_on < p.f join criminal_article a on a.id = c.initial_article_id
where a.article_class = 'TRAFFICKING'
  and not exists (select 1 from case_event e left join criminal_article t on t.id = e.article_to_id
                  where e.criminal_case_id = c.id and e.occurred_on < p.f
                    and (e.event_type = 'SENT_TO_COURT' or (e.event_type = 'RECLASSIFIED' and t.article_class = 'LESSER')
                         or (e.event_type = 'CLOSED' and not exists (select 1 from case_event r where r.criminal_case_id = c.id
                               and r.event_type = 'REOPENED' and r.occurred_on >= e.occurred_on and r.occurred_on < p.f))))
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date))),
e as (select p.b, e.*, af.article_class as class_from, at.article_class as class_to, d.public_official,
             coalesce((select ra.article_class from case_event r join criminal_article ra on ra.id = r.article_to_id
                       where r.criminal_case_id = e.criminal_case_id and r.event_type = 'RECLASSIFIED' and r.occurred_on <= e.occurred_on
                       order by r.occurred_on desc limit 1), ia.article_class) as class_at
      from case_event e join p on e.occurred_on between p.f and p.t
      join criminal_case c on c.id = e.criminal_case_id join criminal_article ia on ia.id = c.initial_article_id
      left join criminal_article af on af.id = e.article_from_id left join criminal_article at on at.id = e.article_to_id
      left join defendant d on d.id = e.defendant_id)
select b,
       count(distinct criminal_case_id) filter (where event_type = 'RECLASSIFIED' and class_from = 'TRAFFICKING' and class_to = 'LESSER') as p3,
       count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'TRAFFICKING') as p4b,
       count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'LESSER') as p4c,
       count(*) filter (where event_type = 'SENTENCE') as p5,
       count(*) filter (where event_type = 'VERDICT' and outcome = 'DISMISSED_INSUFFICIENT_EVIDENCE') as p9,
       count(distinct criminal_case_id) filter (where event_type = 'CLOSED' and reason = 'VICTIM_WITHDREW') as p11,
       count(distinct defendant_id) filter (where event_type = 'VERDICT' and outcome = 'CONVICTED' and class_at = 'TRAFFICKING' and public_official) as p12c,
       count(*) filter (where event_type in ('JOINT_INVESTIGATIVE_GROUP', 'VIDEO_TESTIMONY', 'INTERNATIONAL_REQUEST')) as p13,
       count(*) filter (where event_type = 'WITNESS_PROTECTION') as v12,
       count(*) filter (where event_type = 'VIDEO_TESTIMONY') as v13,
       count(*) filter (where event_type = 'COMPENSATION_ORDERED') as v16,
       count(*) filter (where event_type = 'COMPENSATION_PAID') as v16b,
       count(*) filter (where event_type = 'NON_PUNISHMENT') as v17
from e group by b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(distinct d.id) as p4a, count(distinct d.id) filter (where d.public_official) as p12b
from case_event e join p on e.occurred_on between p.f and p.t
join criminal_case c on c.id = e.criminal_case_id join criminal_article ia on ia.id = c.initial_article_id
join defendant d on d.criminal_case_id = e.criminal_case_id
where e.event_type = 'SENT_TO_COURT'
  and coalesce((select ra.article_class from case_event r join criminal_article ra on ra.id = r.article_to_id
                where r.criminal_case_id = e.criminal_case_id and r.event_type = 'RECLASSIFIED' and r.occurred_on <= e.occurred_on
                order by r.occurred_on desc limit 1), ia.article_class) = 'TRAFFICKING'
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as p14, count(*) filter (where d.public_official) as p12a
from defendant d join criminal_case c on c.id = d.criminal_case_id join p on c.registered_on between p.f and p.t
join criminal_article a on a.id = c.initial_article_id
where a.article_class = 'TRAFFICKING'
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as p7, sum(o.offences_uncovered) as p7b
from enforcement_operation o join p on o.started_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, sum(t.police + t.prosecutors + t.judges + t.labour_inspectors + t.social_workers) as p10,
       sum(t.diplomats) as r9, sum(t.peacekeepers) as r10
from training_event t join p on t.held_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r3, sum(c.reach) as r3b
from awareness_campaign c join p on c.starts_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, sum(m.people_served) as r4, sum(m.pre_departure_orientations) as r4b, sum(m.consultations) as r8
from migration_service_period m join p on m.period_start between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as v4
from p join lateral (select distinct on (s.organisation_id) s.stage from sop_adoption s where s.reached_on <= p.t
                     order by s.organisation_id, s.reached_on desc) s on true
where s.stage = 'ADOPTED' group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r2 from working_group_meeting m join p on m.held_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r1,
       count(*) filter (where n.status not in ('DONE', 'DROPPED') and n.deadline < least(cast(:today as date), p.t + 1)) as r1b
from nap_activity n join p on n.deadline between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r5 from employment_agency a join p on a.valid_from <= p.t and a.valid_to >= p.t
where a.status = 'VALID' group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) filter (where r.kind = 'COMPLAINT') as r5b,
       count(*) filter (where r.kind = 'FEE_REPORT' and r.fee_stage = 'PRE_DEPARTURE' and r.fee_kgs > :cap) as r5c
from agency_report r join p on r.received_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, sum(d.calls) as r6, sum(d.calls) filter (where d.trafficking_related) as r6b
from hotline_call_day d join p on d.day between p.f and p.t
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r6c
from hotline_call h join p on h.received_on between p.f and p.t
where h.victim_case_id is not null and h.victim_case_id in (select case_id from victim_identification where status = 'IDENTIFIED_VICTIM')
group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(*) as r7, count(*) filter (where i.unannounced) as r7b,
       count(*) filter (where (i.indicators is not null and i.indicators <> '') or i.referred_to_police) as r7c
from labour_inspection i join p on i.inspected_on between p.f and p.t group by p.b;

with p(b, f, t) as (values (0, cast(:f0 as date), cast(:t0 as date)), (1, cast(:f1 as date), cast(:t1 as date)), (2, cast(:f2 as date), cast(:t2 as date)))
select p.b, count(distinct a.organisation_id) as r13 from (
  select registered_on as d, organisation_id from victim_case
  union select screened_on, organisation_id from victim_screening
  union select sent_on, from_organisation from referral
  union select started_on, provider_id from service_delivery
  union select registered_on, organisation_id from criminal_case
  union select inspected_on, inspecting_body from labour_inspection
  union select day, organisation_id from hotline_call_day) a
join p on a.d between p.f and p.t group by p.b;
