create table referral (
    id                uuid primary key,
    case_id           uuid        not null,
    from_organisation uuid        not null references organisation (id),
    to_organisation   uuid        not null references organisation (id),
    service_type      varchar(40) not null,
    sent_on           date        not null,
    status            varchar(20) not null,
    responded_on      date,
    decline_reason    varchar(500),
    child_procedure   boolean     not null default false,
    sent_by           varchar(64) not null,
    responded_by      varchar(64),
    version           integer     not null default 0,
    constraint referral_not_to_self check (from_organisation <> to_organisation)
);
create index referral_case_idx on referral (case_id);
create index referral_to_idx on referral (to_organisation, status);
create index referral_from_idx on referral (from_organisation, status);

-- service notes are NGO case notes: encrypted, never shown to law enforcement
create table service_delivery (
    id               uuid primary key,
    case_id          uuid        not null,
    referral_id      uuid references referral (id),
    provider_id      uuid        not null references organisation (id),
    service_type     varchar(40) not null,
    started_on       date        not null,
    ended_on         date,
    outcome          varchar(40),
    notes_ciphertext bytea,
    recorded_by      varchar(64) not null,
    recorded_at      timestamptz not null,
    constraint service_delivery_period check (ended_on is null or ended_on >= started_on)
);
create index service_delivery_case_idx on service_delivery (case_id);
create index service_delivery_provider_idx on service_delivery (provider_id, started_on);
