-- Hotline calls: what the safe-migration and trafficking hotline hears, and what came of it.
-- A call that starts a screening keeps the NRM case it led to, so "calls that led to an
-- identification" can be counted.
create table hotline_call (
    id                 uuid primary key,
    organisation_id    uuid        not null references organisation (id),
    received_at        timestamptz not null,
    channel            varchar(20) not null,
    caller_type        varchar(40) not null,
    language           varchar(2)  not null,
    region             varchar(40),
    country            varchar(2),
    topics             varchar(200) not null,
    trafficking_related boolean    not null,
    outcome            varchar(40) not null,
    referred_to        uuid references organisation (id),
    victim_case_id     uuid,
    note               varchar(1000),
    operator           varchar(64) not null,
    created_at         timestamptz not null
);
create index hotline_call_received_idx on hotline_call (received_at);
