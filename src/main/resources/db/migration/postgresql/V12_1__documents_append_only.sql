-- Frozen documents are append-only at the database level too: no role of the application can
-- rewrite or remove an official version.
create function official_document_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'official_document is append-only';
end;
$$;

create trigger official_document_append_only
    before update or delete on official_document
    for each row execute function official_document_refuse_change();
