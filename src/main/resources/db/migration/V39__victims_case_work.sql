-- Case work: the person who works a case, its follow-ups, and its closure. Follow-up notes may
-- name people, so they are sealed like the identity; kinds and outcomes are code lists.
alter table victim_case
    add column assigned_to  varchar(64),
    add column closed_on    date,
    add column close_reason varchar(40);

create table victim_case_task (
    id              uuid primary key,
    case_id         uuid        not null references victim_case (id) on delete cascade,
    kind            varchar(40) not null,
    due_on          date        not null,
    assignee        varchar(64) not null,
    note_ciphertext bytea,
    done_on         date,
    outcome         varchar(40),
    created_by      varchar(64) not null,
    created_on      date        not null,
    constraint victim_case_task_outcome check ((done_on is null) = (outcome is null))
);
create index victim_case_task_case_idx on victim_case_task (case_id);
create index victim_case_task_open_idx on victim_case_task (assignee, due_on) where done_on is null;

-- what happened to the case as a piece of work, for its timeline
create table victim_case_work (
    id              uuid primary key,
    case_id         uuid        not null references victim_case (id) on delete cascade,
    kind            varchar(40) not null,
    on_date         date        not null,
    detail          varchar(64),
    organisation_id uuid        not null references organisation (id),
    recorded_by     varchar(64) not null
);
create index victim_case_work_case_idx on victim_case_work (case_id);
create index victim_case_assigned_idx on victim_case (assigned_to) where closed_on is null;
