create trigger resolution_document_append_only
    before update or delete on resolution_document
    for each row execute function resolution_refuse_change();
