-- Synthetic datasets loaded into this database (demo mode, benchmarks). A database holds at most
-- one: its records are labelled "synthetic" as their recorder.
create table synthetic_dataset (
    id           uuid primary key,
    scale        varchar(20) not null,
    first_year   integer     not null,
    last_year    integer     not null,
    seed         bigint      not null,
    total_rows   bigint      not null,
    seconds      numeric(10, 2) not null,
    generated_at timestamptz not null
);
