create trigger resolution_document_append_only before update, delete on resolution_document
    for each row call 'it.zona.sitting.H2ResolutionTrigger';
