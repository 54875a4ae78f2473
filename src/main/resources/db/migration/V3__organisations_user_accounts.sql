create table user_account (
    id                    uuid primary key,
    username              varchar(64)  not null,
    full_name             varchar(200) not null,
    email                 varchar(200),
    organisation_id       uuid         not null references organisation (id),
    password_hash         varchar(200) not null,
    must_change_password  boolean      not null default false,
    active                boolean      not null default true,
    failed_logins         integer      not null default 0,
    locked_until          timestamptz,
    last_login_at         timestamptz,
    preferred_language    varchar(2),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0
);

-- usernames are compared without regard to case
create unique index user_account_username_uq on user_account (lower(username));
create index user_account_organisation_idx on user_account (organisation_id);

create table user_role (
    user_account uuid        not null references user_account (id) on delete cascade,
    role         varchar(40) not null,
    primary key (user_account, role)
);
