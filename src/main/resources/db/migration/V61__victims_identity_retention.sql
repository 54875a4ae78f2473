-- When a closed case's identity was erased under the retention period (its statistics stay).
alter table victim_case add column identity_erased_at timestamptz;
create index victim_case_retention_idx on victim_case (closed_on)
    where closed_on is not null and identity_erased_at is null;
