-- Labour inspections counted by period where only totals were kept (earlier years, quarterly
-- returns): an inspectorate's inspections from one day to another, how many were unannounced and
-- how many found trafficking indicators or referred to the police. The report uses a total only
-- where that inspectorate recorded no single inspection in its period, and says so.
create table inspection_period_total (
    id                  uuid primary key,
    inspecting_body     uuid         not null references organisation (id),
    period_start        date         not null,
    period_end          date         not null,
    inspections         integer      not null,
    unannounced         integer      not null,
    with_indicators     integer      not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null,
    constraint inspection_period_total_counts check (inspections between 0 and 1000000
        and unannounced between 0 and inspections and with_indicators between 0 and inspections),
    constraint inspection_period_total_period check (period_end >= period_start),
    constraint inspection_period_total_once unique (inspecting_body, period_start, period_end)
);

create view facts_inspection_period as
select t.inspecting_body, t.period_start, t.period_end, t.inspections, t.unannounced,
       t.with_indicators
from inspection_period_total t;
