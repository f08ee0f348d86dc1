-- The audit log is append-only again (as V4_1). H2 has no TRUNCATE trigger: the chain's head
-- (audit_chain) still shows a truncated log, since its last entry is gone.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'it.zona.audit.H2AppendOnlyTrigger';

alter table audit_entry alter column chain_hash set not null;
