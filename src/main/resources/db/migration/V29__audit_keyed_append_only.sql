-- Entries from now on are keyed: the chain hash covers an HMAC-SHA256 of the entry under a key kept
-- outside the database (scheme 3); those written before keep their plain SHA-256 (scheme 1).
alter table audit_entry add column scheme smallint not null default 1;

-- The trail only grows: rows cannot be changed or removed, nor the table emptied, and the chain
-- head cannot be removed. (A database owner can still drop these triggers; the keyed chain and the
-- checkpoints written outside the database are what detect that.)
create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_append_only();
create trigger audit_chain_head_no_delete
    before delete on audit_chain_head
    for each row execute function audit_append_only();
create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_append_only();
