-- Approved minutes of a sitting are never changed nor removed, whoever runs the SQL; drafts are.
create function sitting_minutes_refuse_change() returns trigger language plpgsql as $$
begin
    if OLD.status = 'APPROVED' then
        raise exception 'approved minutes are append-only';
    end if;
    if TG_OP = 'DELETE' then
        return OLD;
    end if;
    return NEW;
end;
$$;

create trigger sitting_minutes_approved_frozen
    before update or delete on sitting_minutes
    for each row execute function sitting_minutes_refuse_change();

-- Their PDF/A is written once, at approval.
create function sitting_minutes_document_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'approved minutes are append-only';
end;
$$;

create trigger sitting_minutes_document_append_only
    before update or delete on sitting_minutes_document
    for each row execute function sitting_minutes_document_refuse_change();
