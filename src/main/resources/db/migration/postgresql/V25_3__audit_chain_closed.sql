-- The audit log is append-only again (as V4_1), and TRUNCATE, which skips row triggers, is refused
-- by a statement trigger. The chain's head may move forward but never go away.
alter table audit_entry enable trigger audit_entry_append_only;

alter table audit_entry alter column chain_hash set not null;

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

create function audit_chain_refuse_removal() returns trigger language plpgsql as $$
begin
    raise exception 'audit_chain cannot be removed';
end;
$$;

create trigger audit_chain_kept
    before delete on audit_chain
    for each row execute function audit_chain_refuse_removal();

create trigger audit_chain_no_truncate
    before truncate on audit_chain
    for each statement execute function audit_chain_refuse_removal();
