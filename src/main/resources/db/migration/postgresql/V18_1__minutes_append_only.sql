-- Approved minutes are never changed, whoever runs the SQL: a correction is a new version.
create function meeting_minutes_refuse_change() returns trigger language plpgsql as $$
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

create trigger meeting_minutes_approved_frozen
    before update or delete on meeting_minutes
    for each row execute function meeting_minutes_refuse_change();

-- A decision or an attendance line belongs to its version: frozen once that version is approved.
create function meeting_minutes_part_refuse_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from meeting_minutes m where m.id = OLD.minutes_id and m.status = 'APPROVED') then
        raise exception 'approved minutes are append-only';
    end if;
    if TG_OP = 'DELETE' then
        return OLD;
    end if;
    return NEW;
end;
$$;

create trigger meeting_minutes_decision_frozen
    before update or delete on meeting_minutes_decision
    for each row execute function meeting_minutes_part_refuse_change();

create trigger meeting_minutes_attendance_frozen
    before update or delete on meeting_minutes_attendance
    for each row execute function meeting_minutes_part_refuse_change();
