-- The bodies that handle a criminal case: the registering body, and every police, prosecution or
-- court body a handler handed the case to. Only they write to the case and read defendants' names.
create table criminal_case_body (
    criminal_case_id uuid        not null references criminal_case (id) on delete cascade,
    organisation_id  uuid        not null references organisation (id),
    added_at         timestamptz not null,
    added_by         varchar(64) not null,
    primary key (criminal_case_id, organisation_id)
);
create index criminal_case_body_organisation_idx on criminal_case_body (organisation_id);

-- existing cases: the registering body and every body that already recorded an event on them
insert into criminal_case_body (criminal_case_id, organisation_id, added_at, added_by)
select id, organisation_id, created_at, created_by from criminal_case
on conflict do nothing;
insert into criminal_case_body (criminal_case_id, organisation_id, added_at, added_by)
select criminal_case_id, organisation_id, min(recorded_at), 'migration'
from case_event where organisation_id is not null
group by criminal_case_id, organisation_id
on conflict do nothing;

-- a reclassification or closure reason is a sentence, not a code
drop view facts_case_event;
alter table case_event alter column reason type varchar(1000);
create view facts_case_event as
select e.id, e.criminal_case_id as case_id, e.event_type, e.occurred_on, e.defendant_id,
       af.code as article_from, af.article_class as class_from,
       at.code as article_to, at.article_class as class_to,
       e.reason, e.outcome, e.months, e.suspended, e.fine_kgs, e.amount_kgs, e.country
from case_event e
left join criminal_article af on af.id = e.article_from_id
left join criminal_article at on at.id = e.article_to_id;
