-- Labour inspections, training, awareness and migration services, and coordination (SOPs,
-- working-group meetings, National Action Plan activities).
create table labour_inspection (
    id                  uuid primary key,
    inspected_on        date         not null,
    inspecting_body     uuid         not null references organisation (id),
    unannounced         boolean      not null,
    establishment       varchar(200) not null,
    sector              varchar(40),
    region              varchar(40),
    site_type           varchar(40)  not null,
    workers_by_nationality varchar(300),
    indicators          varchar(600),
    referred_to_police  boolean      not null,
    criminal_case_number varchar(60),
    note                varchar(1000),
    recorded_by         varchar(64)  not null,
    version             integer      not null default 0
);

create table training_event (
    id                 uuid primary key,
    held_on            date         not null,
    topic              varchar(300) not null,
    organiser          varchar(200) not null,
    funder             varchar(200),
    format             varchar(20)  not null,
    police             integer not null default 0,
    prosecutors        integer not null default 0,
    judges             integer not null default 0,
    labour_inspectors  integer not null default 0,
    social_workers     integer not null default 0,
    diplomats          integer not null default 0,
    peacekeepers       integer not null default 0,
    others             integer not null default 0,
    online_completions integer not null default 0,
    recorded_by        varchar(64)  not null,
    version            integer      not null default 0
);

create table awareness_campaign (
    id          uuid primary key,
    name        varchar(200) not null,
    starts_on   date         not null,
    ends_on     date,
    regions     varchar(400),
    channels    varchar(200),
    reach       integer      not null default 0,
    recorded_by varchar(64)  not null,
    version     integer      not null default 0,
    constraint awareness_campaign_period check (ends_on is null or ends_on >= starts_on)
);

-- counts the Centre for Employment of Citizens Abroad reports per period
create table migration_service_period (
    id                         uuid primary key,
    period_start               date    not null,
    period_end                 date    not null,
    pre_departure_orientations integer not null default 0,
    consultations              integer not null default 0,
    people_served              integer not null default 0,
    recorded_by                varchar(64) not null,
    version                    integer not null default 0,
    constraint migration_service_period_order check (period_end >= period_start)
);

create table sop_adoption (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    stage           varchar(20) not null,
    reached_on      date        not null,
    recorded_by     varchar(64) not null,
    version         integer     not null default 0
);

create table working_group_meeting (
    id          uuid primary key,
    held_on     date          not null,
    bodies      varchar(2000) not null,
    decisions   varchar(4000),
    recorded_by varchar(64)   not null,
    version     integer       not null default 0
);

create table nap_activity (
    id               uuid primary key,
    code             varchar(20)  not null unique,
    title            varchar(400) not null,
    responsible_body uuid         not null references organisation (id),
    deadline         date         not null,
    status           varchar(20)  not null,
    indicator        varchar(400),
    progress         varchar(2000),
    recorded_by      varchar(64)  not null,
    version          integer      not null default 0
);

-- participants counted by their organisation too, as ORGCODE:count,ORGCODE:count
alter table training_event add column participants_by_organisation varchar(1000);
