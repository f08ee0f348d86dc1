-- A spending entry is never changed nor removed: a correction is a new entry naming it.
create function spending_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'spending entries are append-only';
end;
$$;

create trigger spending_entry_append_only
    before update or delete on spending_entry
    for each row execute function spending_entry_refuse_change();
