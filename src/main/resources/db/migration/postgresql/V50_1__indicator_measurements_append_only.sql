-- A measurement is never changed nor removed: a correction is a new measurement naming it.
create function indicator_measurement_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'measurements are append-only: a correction is a new measurement';
end;
$$;

create trigger indicator_measurement_append_only
    before update or delete on indicator_measurement
    for each row execute function indicator_measurement_refuse_change();
