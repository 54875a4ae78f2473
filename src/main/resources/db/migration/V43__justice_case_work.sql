-- Criminal cases as work: each body handling a case names the person of its own who works it, and
-- plans follow-ups (due day, person, outcome; the note sealed, since it may name people).
create table criminal_case_assignment (
    criminal_case_id uuid        not null references criminal_case (id) on delete cascade,
    organisation_id  uuid        not null references organisation (id),
    assignee         varchar(64) not null,
    assigned_by      varchar(64) not null,
    assigned_on      date        not null,
    primary key (criminal_case_id, organisation_id)
);
create index criminal_case_assignment_assignee_idx on criminal_case_assignment (lower(assignee));

create table criminal_case_follow_up (
    id               uuid primary key,
    criminal_case_id uuid        not null references criminal_case (id) on delete cascade,
    organisation_id  uuid        not null references organisation (id),
    kind             varchar(40) not null,
    due_on           date        not null,
    assignee         varchar(64) not null,
    note_ciphertext  bytea,
    done_on          date,
    outcome          varchar(40),
    created_by       varchar(64) not null,
    created_on       date        not null,
    constraint criminal_case_follow_up_outcome check ((done_on is null) = (outcome is null))
);
create index criminal_case_follow_up_case_idx on criminal_case_follow_up (criminal_case_id);
create index criminal_case_follow_up_open_idx on criminal_case_follow_up (lower(assignee), due_on)
    where done_on is null;
