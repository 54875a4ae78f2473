-- Three registers for figures the country chapter asks for and Koldoo could not count:
--  * government support to NGO crisis centres, money or in kind, per centre and period (V7B);
--  * actions to reduce the demand for commercial sex (R11);
--  * incidents of harassment of labour unions, NGOs or workers who complain (R12).
create table ngo_centre_support (
    id            uuid primary key,
    centre_id     uuid           not null references organisation (id),
    funder_id     uuid           not null references organisation (id),
    period_start  date           not null,
    period_end    date           not null,
    kind          varchar(20)    not null,
    amount_kgs    numeric(14, 2),
    description   varchar(1000),
    recorded_by   varchar(64)    not null,
    version       integer        not null default 0,
    constraint ngo_centre_support_order check (period_end >= period_start),
    constraint ngo_centre_support_kind check (kind in ('MONEY', 'IN_KIND')),
    constraint ngo_centre_support_amount check (amount_kgs is null or amount_kgs >= 0),
    constraint ngo_centre_support_money check (kind <> 'MONEY' or amount_kgs is not null)
);
create index ngo_centre_support_period_idx on ngo_centre_support (period_start);

create table demand_reduction_action (
    id              uuid primary key,
    held_on         date          not null,
    organisation_id uuid          not null references organisation (id),
    kind            varchar(30)   not null,
    title           varchar(200)  not null,
    reach           integer       not null default 0,
    description     varchar(2000),
    recorded_by     varchar(64)   not null,
    version         integer       not null default 0,
    constraint demand_reduction_reach check (reach between 0 and 100000000)
);
create index demand_reduction_action_day_idx on demand_reduction_action (held_on);

create table harassment_incident (
    id                 uuid primary key,
    reported_on        date          not null,
    occurred_on        date,
    target             varchar(30)   not null,
    perpetrator        varchar(30)   not null,
    region             varchar(40),
    sector             varchar(40),
    referred_to_police boolean       not null default false,
    description        varchar(2000) not null,
    recorded_by        varchar(64)   not null,
    version            integer       not null default 0,
    constraint harassment_incident_order check (occurred_on is null or occurred_on <= reported_on)
);
create index harassment_incident_day_idx on harassment_incident (reported_on);

-- published read models (descriptions stay behind)
create view facts_ngo_support as
select s.id, s.centre_id, s.funder_id, s.period_start, s.period_end, s.kind, s.amount_kgs
from ngo_centre_support s;

create view facts_demand_reduction as
select a.id, a.held_on, a.organisation_id, a.kind, a.reach from demand_reduction_action a;

create view facts_harassment as
select h.id, h.reported_on, h.target, h.perpetrator, h.region, h.sector, h.referred_to_police
from harassment_incident h;
