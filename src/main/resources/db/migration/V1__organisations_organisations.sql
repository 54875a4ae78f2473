-- Bodies taking part in the National Referral Mechanism. Names are kept in the three
-- working languages because every screen shows them in the reader's language.
create table organisation (
    id          uuid primary key,
    code        varchar(32)  not null unique,
    name_en     varchar(200) not null,
    name_ru     varchar(200) not null,
    name_ky     varchar(200) not null,
    type        varchar(40)  not null,
    region      varchar(40)  not null,
    parent_id   uuid references organisation (id),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    constraint organisation_not_own_parent check (parent_id is null or parent_id <> id)
);

create index organisation_parent_idx on organisation (parent_id);
