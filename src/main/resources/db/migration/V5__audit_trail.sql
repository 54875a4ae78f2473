-- Append-only, hash-chained audit trail. Ids are assigned gap-free under the lock of
-- audit_chain_head, so a deleted row shows as a gap and an edited row as a broken hash.
-- In production grant the application role only INSERT and SELECT on audit_entry.
create table audit_entry (
    id              bigint primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(64)  not null,
    organisation_id uuid,
    action          varchar(64)  not null,
    object_type     varchar(64),
    object_id       varchar(100),
    purpose         varchar(200),
    details         varchar(2000),
    previous_hash   char(64)     not null,
    hash            char(64)     not null
);

create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_organisation_idx on audit_entry (organisation_id, occurred_at);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_chain_head (
    singleton  boolean primary key default true check (singleton),
    last_id    bigint   not null,
    last_hash  char(64) not null
);

insert into audit_chain_head (singleton, last_id, last_hash)
values (true, 0, '0000000000000000000000000000000000000000000000000000000000000000');
