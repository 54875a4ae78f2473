-- The justice module's published read model: cases, events, defendants (sex, citizenship and
-- official status only) and operations. Article classes are resolved here.
create view facts_criminal_case as
select c.id as case_id, c.registered_on, c.organisation_id, c.origin, c.exploitation_type,
       a.code as initial_article, a.article_class as initial_class,
       c.not_international_definition, c.operation_id
from criminal_case c join criminal_article a on a.id = c.initial_article_id;

create view facts_case_event as
select e.id, e.criminal_case_id as case_id, e.event_type, e.occurred_on, e.defendant_id,
       af.code as article_from, af.article_class as class_from,
       at.code as article_to, at.article_class as class_to,
       e.reason, e.outcome, e.months, e.suspended, e.fine_kgs, e.amount_kgs, e.country
from case_event e
left join criminal_article af on af.id = e.article_from_id
left join criminal_article at on at.id = e.article_to_id;

create view facts_defendant as
select d.id as defendant_id, d.criminal_case_id as case_id, d.sex, d.citizenship, d.public_official
from defendant d;

create view facts_case_victim as
select v.criminal_case_id as case_id, v.victim_case_id from criminal_case_victim v;

create view facts_operation as
select o.id, o.started_on, o.offences_uncovered, o.trafficking_found, o.organisation_id
from enforcement_operation o;
