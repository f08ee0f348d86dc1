-- Approved minutes of a sitting and their PDF/A are never changed nor removed, whoever runs the SQL
-- (PostgreSQL has the same in PL/pgSQL).
create trigger sitting_minutes_approved_frozen before update, delete on sitting_minutes
    for each row call 'it.zona.sitting.minutes.H2SittingMinutesTrigger';
create trigger sitting_minutes_document_append_only before update, delete on sitting_minutes_document
    for each row call 'it.zona.sitting.minutes.H2SittingMinutesTrigger';
