-- A resolution is never edited nor removed: a later resolution amends or revokes it (PostgreSQL has
-- the same in PL/pgSQL).
create trigger resolution_append_only before update, delete on resolution
    for each row call 'it.zona.sitting.H2ResolutionTrigger';
