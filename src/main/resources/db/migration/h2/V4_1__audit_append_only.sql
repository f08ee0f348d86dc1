-- The audit log is append-only at the database level too (PostgreSQL has the same in PL/pgSQL).
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'it.zona.audit.H2AppendOnlyTrigger';
