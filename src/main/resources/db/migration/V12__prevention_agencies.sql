-- Licensed private employment agencies (public), and workers' complaints and fee reports.
create table employment_agency (
    id                   uuid primary key,
    licence_number       varchar(40)  not null unique,
    holder               varchar(200) not null,
    valid_from           date         not null,
    valid_to             date         not null,
    status               varchar(20)  not null,
    destination_countries varchar(200),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint employment_agency_period check (valid_to >= valid_from)
);

create table agency_report (
    id           uuid primary key,
    agency_id    uuid          not null references employment_agency (id),
    kind         varchar(20)   not null,
    received_on  date          not null,
    fee_kgs      numeric(12, 2),
    fee_stage    varchar(20),
    description  varchar(2000),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);
create index agency_report_agency_idx on agency_report (agency_id, received_on);
