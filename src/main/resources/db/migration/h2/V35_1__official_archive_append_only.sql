-- An archived document is never changed nor removed: a correction is a new version of its series.
create trigger archived_document_append_only before update, delete on archived_document
    for each row call 'it.zona.archive.H2ArchiveTrigger';
create trigger archived_file_append_only before update, delete on archived_file
    for each row call 'it.zona.archive.H2ArchiveTrigger';
