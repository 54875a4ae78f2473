create table enforcement_operation (
    id                 uuid primary key,
    name               varchar(200) not null,
    place              varchar(200),
    started_on         date        not null,
    ended_on           date,
    offences_uncovered integer     not null default 0,
    trafficking_found  boolean     not null default false,
    organisation_id    uuid        not null references organisation (id),
    recorded_by        varchar(64) not null
);

-- A criminal case. Its stage, status and current article are derived from its events.
create table criminal_case (
    id                          uuid primary key,
    registration_number         varchar(60) not null unique,
    organisation_id             uuid        not null references organisation (id),
    registered_on               date        not null,
    origin                      varchar(40) not null,
    exploitation_type           varchar(40),
    initial_article_id          uuid        not null references criminal_article (id),
    not_international_definition boolean    not null default false,
    definition_note             varchar(500),
    operation_id                uuid references enforcement_operation (id),
    created_by                  varchar(64) not null,
    created_at                  timestamptz not null,
    version                     integer     not null default 0
);
create index criminal_case_registered_idx on criminal_case (registered_on);

-- victims are linked by their case id and pseudonym only
create table criminal_case_victim (
    criminal_case_id uuid        not null references criminal_case (id) on delete cascade,
    victim_case_id   uuid        not null,
    pseudonym        varchar(16) not null,
    primary key (criminal_case_id, victim_case_id)
);

create table defendant (
    id                  uuid primary key,
    criminal_case_id    uuid        not null references criminal_case (id) on delete cascade,
    identity_ciphertext bytea       not null,
    sex                 varchar(40),
    citizenship         varchar(2),
    public_official     boolean     not null default false,
    official_body       varchar(200),
    created_at          timestamptz not null
);
create index defendant_case_idx on defendant (criminal_case_id);

create table case_event (
    id               uuid primary key,
    criminal_case_id uuid        not null references criminal_case (id) on delete cascade,
    event_type       varchar(40) not null,
    occurred_on      date        not null,
    defendant_id     uuid references defendant (id),
    article_from_id  uuid references criminal_article (id),
    article_to_id    uuid references criminal_article (id),
    reason           varchar(40),
    outcome          varchar(40),
    months           integer,
    suspended        boolean,
    fine_kgs         numeric(14, 2),
    amount_kgs       numeric(14, 2),
    country          varchar(2),
    note             varchar(1000),
    recorded_by      varchar(64) not null,
    recorded_at      timestamptz not null,
    organisation_id  uuid        not null references organisation (id)
);
create index case_event_case_idx on case_event (criminal_case_id, occurred_on);
