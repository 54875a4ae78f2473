-- An account that signs in through single sign-on: the identity provider's issuer and subject.
-- Such an account is found by its subject only, never by a username the provider asserts, so that a
-- provider can never take over an account of Koldoo's own.
alter table user_account add column external_subject varchar(500);
create unique index user_account_external_subject_uq on user_account (external_subject)
    where external_subject is not null;
