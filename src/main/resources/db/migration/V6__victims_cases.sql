-- A person in the referral mechanism and their case. Identifying data lives only in
-- *_ciphertext columns (AES-256-GCM, key id inside); exact look-ups use keyed blind indexes.
-- Everything else is statistical and optional.
create table victim_case (
    id                       uuid primary key,
    organisation_id          uuid        not null references organisation (id),
    case_number              varchar(40) not null unique,
    pseudonym                varchar(16) not null unique,
    registered_on            date        not null,
    sex                      varchar(40),
    birth_year               integer,
    estimated_age            integer,
    citizenships             varchar(200),
    region                   varchar(40),
    vulnerability_factors    varchar(400),
    age_at_exploitation      integer,
    child                    boolean     not null default false,
    identity_ciphertext      bytea       not null,
    photo_ciphertext         bytea,
    name_index               char(64),
    birth_date_index         char(64),
    document_index           char(64),
    guardian_type            varchar(40),
    guardian_ciphertext      bytea,
    best_interests_on        date,
    best_interests_by        uuid references organisation (id),
    best_interests_ciphertext bytea,
    created_by               varchar(64) not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer     not null default 0,
    constraint victim_case_birth_year check (birth_year is null or birth_year between 1900 and 2100),
    constraint victim_case_age check (estimated_age is null or estimated_age between 0 and 120)
);

create index victim_case_organisation_idx on victim_case (organisation_id, registered_on);
create index victim_case_name_idx on victim_case (name_index);
create index victim_case_birth_date_idx on victim_case (birth_date_index);
create index victim_case_document_idx on victim_case (document_index);

-- per organisation and year, so case numbers read ORG-2026-0001
create table victim_case_counter (
    organisation_id uuid    not null references organisation (id),
    year            integer not null,
    last_number     integer not null,
    primary key (organisation_id, year)
);

create table victim_screening (
    id                uuid primary key,
    case_id           uuid        not null references victim_case (id) on delete cascade,
    screened_on       date        not null,
    location          varchar(40) not null,
    vulnerable_group  varchar(40) not null,
    indicators        varchar(2000) not null,
    proposes_presumed boolean     not null,
    organisation_id   uuid        not null references organisation (id),
    recorded_by       varchar(64) not null
);
create index victim_screening_case_idx on victim_screening (case_id);

create table victim_identification (
    id                       uuid primary key,
    case_id                  uuid        not null references victim_case (id) on delete cascade,
    decided_on               date        not null,
    status                   varchar(40) not null,
    deciding_organisation_id uuid        not null references organisation (id),
    exploitation_types       varchar(400),
    sectors                  varchar(400),
    sexual_exploitation_types varchar(200),
    means_of_control         varchar(600),
    recruitment_methods      varchar(300),
    recruitment_channel      varchar(40),
    recruiter_relation       varchar(40),
    countries_of_recruitment varchar(200),
    countries_of_transit     varchar(200),
    countries_of_exploitation varchar(200),
    exploitation_from        date,
    exploitation_to          date,
    recorded_by              varchar(64) not null,
    constraint victim_identification_period check (exploitation_to is null or exploitation_from is null or exploitation_to >= exploitation_from)
);
create index victim_identification_case_idx on victim_identification (case_id);

create table victim_consent (
    id              uuid primary key,
    case_id         uuid        not null references victim_case (id) on delete cascade,
    purpose         varchar(40) not null,
    organisation_id uuid references organisation (id),
    given_on        date        not null,
    given_by_guardian boolean   not null default false,
    withdrawn_on    date,
    recorded_by     varchar(64) not null,
    withdrawn_by    varchar(64)
);
create index victim_consent_case_idx on victim_consent (case_id);

create table victim_return (
    id              uuid primary key,
    case_id         uuid        not null references victim_case (id) on delete cascade,
    kind            varchar(40) not null,
    event_on        date        not null,
    country         varchar(2),
    organisation_id uuid        not null references organisation (id),
    outcome         varchar(500),
    recorded_by     varchar(64) not null
);
create index victim_return_case_idx on victim_return (case_id);

-- organisations that may see a case because a referral was sent to them (pending) or accepted
create table victim_access_grant (
    id              uuid primary key,
    case_id         uuid        not null references victim_case (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    referral_id     uuid        not null,
    accepted        boolean     not null,
    granted_at      timestamptz not null,
    revoked_at      timestamptz
);
create index victim_access_grant_case_idx on victim_access_grant (case_id, organisation_id);
