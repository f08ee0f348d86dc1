-- An archived document is never changed nor removed: a correction is a new version of its series.
create function archive_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the archive is append-only';
end;
$$;

create trigger archived_document_append_only
    before update or delete on archived_document
    for each row execute function archive_refuse_change();

create trigger archived_file_append_only
    before update or delete on archived_file
    for each row execute function archive_refuse_change();
