-- Only a SHA-256 of each bearer token is kept: a copy of the database cannot be used to call the API.
create table api_token (
    id           uuid primary key,
    user_id      uuid        not null references user_account (id),
    token_hash   char(64)    not null unique,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

create index api_token_user_idx on api_token (user_id);
