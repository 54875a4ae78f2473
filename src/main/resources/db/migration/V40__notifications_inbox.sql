-- Each person's notices. A notice names a case by its pseudonym only; the dedup key makes
-- handling an event twice (a restart republishes what a crash left) write nothing new.
create table notification (
    id              uuid primary key,
    recipient       varchar(64)  not null,
    organisation_id uuid         not null references organisation (id),
    kind            varchar(40)  not null,
    title           varchar(40)  not null,
    link            varchar(200) not null,
    dedup_key       varchar(200) not null unique,
    created_at      timestamptz  not null,
    read_at         timestamptz,
    emailed_at      timestamptz
);
create index notification_recipient_idx on notification (lower(recipient), created_at desc);
create index notification_unread_idx on notification (lower(recipient)) where read_at is null;
