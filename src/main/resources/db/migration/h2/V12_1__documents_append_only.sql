-- Frozen documents are append-only at the database level too (PostgreSQL has the same in PL/pgSQL).
create trigger official_document_append_only before update, delete on official_document
    for each row call 'it.zona.document.H2FrozenDocumentTrigger';
