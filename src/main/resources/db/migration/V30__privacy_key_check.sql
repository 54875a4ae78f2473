-- One value sealed with each privacy key (and one keyed with the blind-index key), so that a start
-- with a missing or different key is refused before any identity is read or any index written.
create table privacy_key_check (
    key_id     varchar(40) primary key,
    sealed     bytea       not null,
    created_at timestamptz not null
);
