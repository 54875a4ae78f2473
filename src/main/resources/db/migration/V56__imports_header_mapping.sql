-- An organisation's own column headers, each mapped once to a column of a kind and remembered, so
-- that its next sheet of the same layout is read without asking again; and, per import, the headers
-- of its sheet that named no column (what the mapping step offers).
create table import_header (
    organisation_id uuid         not null,
    kind            varchar(64)  not null,
    header          varchar(200) not null, -- folded as the reader compares headers
    column_name     varchar(64)  not null,
    mapped_by       varchar(100) not null,
    mapped_at       timestamptz  not null,
    primary key (organisation_id, kind, header)
);

alter table import_run add column unmatched_headers jsonb not null default '[]';
