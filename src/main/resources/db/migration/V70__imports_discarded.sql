-- An upload that was never imported is discarded, by a person of its organisation or by Koldoo once
-- it waited longer than koldoo.imports.keep-unfinished: its sealed file goes (the victims' names and
-- birth dates among its cells would otherwise outlive every retention period), the run stays to say
-- what happened to it.
alter table import_run
    add column discarded_at timestamptz,
    add column discarded_by varchar(100);

alter table import_run drop constraint import_run_status;
alter table import_run add constraint import_run_status
    check (status in ('VALIDATED', 'COMMITTING', 'COMMITTED', 'DISCARDED'));

create index import_run_unfinished on import_run (created_at)
    where status in ('VALIDATED', 'COMMITTING');
