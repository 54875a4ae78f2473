-- A temporary password an administrator gives (a new account, a reset) opens the account only
-- until this moment (koldoo.security.temporary-password-lifetime after it was given); null for any
-- other password, and for temporary ones given before this column, which keep working as they did.
alter table user_account add column temporary_password_until timestamptz;
