-- Calls counted by period where only totals were kept (earlier years, paper logs): a hotline's
-- calls on one topic from one day to another. The report uses a total only where that hotline
-- recorded no single call in its period, and says so.
create table hotline_period_total (
    id                  uuid primary key,
    organisation_id     uuid         not null,
    period_start        date         not null,
    period_end          date         not null,
    topic               varchar(40)  not null,
    calls               integer      not null,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null,
    constraint hotline_period_total_calls check (calls between 0 and 10000000),
    constraint hotline_period_total_period check (period_end >= period_start),
    constraint hotline_period_total_once unique (organisation_id, period_start, period_end, topic)
);

create view facts_hotline_period as
select t.organisation_id, t.period_start, t.period_end, t.topic, t.calls,
       t.topic = 'TRAFFICKING' as trafficking_related
from hotline_period_total t;
