-- A resolution is never edited nor removed: a later resolution amends or revokes it.
create function resolution_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'resolution is append-only';
end;
$$;

create trigger resolution_append_only
    before update or delete on resolution
    for each row execute function resolution_refuse_change();
