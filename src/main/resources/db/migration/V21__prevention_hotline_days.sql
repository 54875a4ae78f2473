-- Calls per Bishkek day, hotline and kind, kept by the hotline service with every write, so that
-- statistics reads days instead of every call; and an index for the few calls that started a
-- screening.
create table hotline_call_day (
    organisation_id     uuid        not null references organisation (id),
    day                 date        not null,
    channel             varchar(20) not null,
    outcome             varchar(40) not null,
    trafficking_related boolean     not null,
    calls               integer     not null,
    primary key (organisation_id, day, channel, outcome, trafficking_related)
);
create index hotline_call_day_day_idx on hotline_call_day (day);
insert into hotline_call_day (organisation_id, day, channel, outcome, trafficking_related, calls)
select organisation_id, (received_at at time zone 'Asia/Bishkek')::date, channel, outcome,
       trafficking_related, count(*)
from hotline_call group by 1, 2, 3, 4, 5;
create index hotline_call_case_idx on hotline_call (victim_case_id) where victim_case_id is not null;

create view facts_hotline_day as
select d.organisation_id, d.day, d.channel, d.outcome, d.trafficking_related, d.calls
from hotline_call_day d;
