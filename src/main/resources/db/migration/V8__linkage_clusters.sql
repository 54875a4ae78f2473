-- Cross-agency linkage. Runs compare encodings only; what they keep is case ids, scores and
-- which attributes agreed — never a name.
create table linkage_run (
    id           uuid primary key,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    records      integer     not null default 0,
    comparisons  bigint      not null default 0,
    matches      integer     not null default 0,
    for_review   integer     not null default 0,
    started_by   varchar(64) not null
);

-- a pair of cases the matcher found: automatically linked, or waiting for a person's decision
create table linkage_candidate (
    id          uuid primary key,
    run_id      uuid        not null references linkage_run (id),
    case_a      uuid        not null,
    case_b      uuid        not null,
    score       numeric(5,4) not null,
    agreements  varchar(200),
    status      varchar(20) not null,
    decided_by  varchar(64),
    decided_at  timestamptz,
    constraint linkage_candidate_ordered check (case_a < case_b)
);
create index linkage_candidate_run_idx on linkage_candidate (run_id, status);
create index linkage_candidate_pair_idx on linkage_candidate (case_a, case_b);

-- a person's decision about a pair; it outlives runs (a rejected pair is never linked again)
create table linkage_decision (
    id          uuid primary key,
    case_a      uuid        not null,
    case_b      uuid        not null,
    linked      boolean     not null,
    decided_by  varchar(64) not null,
    decided_at  timestamptz not null,
    reason      varchar(500),
    constraint linkage_decision_ordered check (case_a < case_b)
);
create index linkage_decision_pair_idx on linkage_decision (case_a, case_b, decided_at);

-- the persons: every linked case carries its cluster's id (the smallest case id in it)
create table person_cluster (
    case_id    uuid primary key,
    cluster_id uuid not null
);
create index person_cluster_cluster_idx on person_cluster (cluster_id);
