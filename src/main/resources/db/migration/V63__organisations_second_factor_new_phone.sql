-- A new phone's secret waits here until its first code is right; the one in use stays in use.
alter table user_second_factor add column pending_ciphertext bytea;
