-- The logout tokens the identity provider sent, by issuer and token id ("jti"), so that a token
-- sent a second time is refused (OpenID Connect Back-Channel Logout 1.0, section 2.6). A token is
-- accepted only within a day of its issue, so its id is kept for that day and a little more.
create table sso_logout_token (
    token_key   varchar(600) primary key,
    received_at timestamptz  not null
);
create index sso_logout_token_received on sso_logout_token (received_at);
