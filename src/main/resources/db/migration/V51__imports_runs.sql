-- Spreadsheet imports: each upload, its sealed file until it is committed, and which record each
-- imported row became (so that importing the same sheet again creates nothing new).

create table import_run (
    id              uuid primary key,
    kind            varchar(64)  not null,
    organisation_id uuid         not null,
    file_name       varchar(255) not null,
    file_sha256     char(64)     not null,
    file_size       bigint       not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    status          varchar(16)  not null,
    rows_total      integer      not null default 0,
    rows_create     integer      not null default 0,
    rows_update     integer      not null default 0,
    rows_unchanged  integer      not null default 0,
    rows_invalid    integer      not null default 0,
    rows_written    integer      not null default 0,
    problems_total  integer      not null default 0,
    -- at most the first 1,000 problems; values of identifying columns are never kept
    problems        jsonb        not null default '[]',
    committing_at   timestamptz,
    committed_by    varchar(100),
    committed_at    timestamptz,
    constraint import_run_status check (status in ('VALIDATED', 'COMMITTING', 'COMMITTED'))
);

create index import_run_organisation on import_run (organisation_id, created_at desc);

-- the uploaded file, sealed with the privacy key, kept from the dry run to the end of the commit
create table import_file (
    import_id uuid primary key references import_run (id) on delete cascade,
    content   bytea not null
);

create table import_key (
    kind            varchar(64) not null,
    organisation_id uuid        not null,
    row_key         varchar(200) not null,
    record_id       uuid        not null,
    row_hash        char(64)    not null,
    import_id       uuid        not null references import_run (id),
    written_at      timestamptz not null,
    primary key (kind, organisation_id, row_key)
);
