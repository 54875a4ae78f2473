-- An integration's account: it exchanges its secret for tokens through the API, never signs in on
-- the web, and each of its uses is audited.
alter table user_account add column api_client boolean not null default false;
