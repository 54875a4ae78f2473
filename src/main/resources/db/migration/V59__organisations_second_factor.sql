-- A person's second factor: a TOTP secret (sealed with the privacy keys), confirmed once a first
-- code from the app was right, and the last time step used (a code is never accepted twice).
create table user_second_factor (
    user_account      uuid        primary key references user_account (id) on delete cascade,
    secret_ciphertext bytea       not null,
    confirmed_at      timestamptz,
    last_step         bigint      not null default 0,
    -- wrong codes in a row, whatever the sign-in; too many block codes for a while
    failed_codes      integer     not null default 0,
    blocked_until     timestamptz,
    created_at        timestamptz not null
);

-- Recovery codes, each usable once, kept as SHA-256 of the code (each is 50 random bits).
create table user_recovery_code (
    user_account uuid        not null references user_account (id) on delete cascade,
    code_hash    char(64)    not null,
    used_at      timestamptz,
    primary key (user_account, code_hash)
);
