-- The identity provider's session ("sid") behind each single sign-on, so that a back-channel logout
-- from the provider that names only its session still finds the person whose sessions in Koldoo it
-- ends. Kept until that logout, or for 30 days (rows older are removed at the next sign-on).
create table sso_provider_session (
    provider_session varchar(600) primary key,
    user_account     uuid         not null references user_account (id) on delete cascade,
    signed_in_at     timestamptz  not null
);
create index sso_provider_session_account on sso_provider_session (user_account);
create index sso_provider_session_signed_in on sso_provider_session (signed_in_at);
