-- Linkage weighs evidence field by field (Fellegi–Sunter). A run records what it did: pairs
-- compared and kept, automatic links, pairs sent to review, and the persons it created or changed;
-- and the model it estimated (m and u per field and outcome), so a run can be explained later.
alter table linkage_run
    add column candidates       bigint  not null default 0,
    add column clusters_created integer not null default 0,
    add column clusters_changed integer not null default 0,
    add column clusters_dissolved integer not null default 0,
    add column model            jsonb;

-- each candidate: the model's weight (bits) and probability, every field's outcome
-- (AGREE, CLOSE, PARTIAL, DIFFER, MISSING), whether the names were compared crosswise, and why it
-- was not linked automatically. The Dice score of the record-level model is no longer written.
alter table linkage_candidate
    alter column score drop not null,
    add column weight        numeric(8,3),
    add column probability   numeric(8,7),
    add column outcomes      jsonb,
    add column reasons       jsonb,
    add column names_swapped boolean not null default false;

-- a pair waits for review in the latest run only: an older run's open question is asked again by
-- the next run when it is still probable, and is otherwise dropped
update linkage_candidate set status = 'SUPERSEDED'
where status = 'PENDING'
  and run_id <> (select id from linkage_run order by started_at desc, id limit 1);

create index linkage_candidate_status_idx on linkage_candidate (status);

-- The linkage module's published read model of open questions: pairs of cases that a reviewer has
-- yet to decide; a report says how many of them could change each person figure.
create view facts_linkage_pending as
select c.case_a, c.case_b from linkage_candidate c where c.status = 'PENDING';
