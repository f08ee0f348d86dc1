-- One open seat per organisation and table: TableMembership checks it before seating, but two
-- requests at once could both pass the check; the database takes only one of them. H2 has no
-- partial index, so the open seat's table is a generated column, null once the seat has ended
-- (left_on set); a unique index takes rows with a null in any of its columns as distinct, so ended
-- seats, any number of them, stay as history while two open seats of one organisation clash.
alter table table_member add column open_seat_table_id bigint
    generated always as (case when left_on is null then table_id end);
create unique index table_member_open_seat_uq on table_member (open_seat_table_id, organization_id);

-- The seats of the signed-in person, matched without regard to case (TableMembers.findActiveHeldBy).
-- H2 indexes columns only, so the lower-cased addresses are generated columns, as account.email_key
-- (V28_1). H2 matches them to a query naming the column, not to lower(...) in a query: PostgreSQL,
-- which indexes the expression itself, is where this index serves the query.
alter table table_member add column representative_email_key varchar(254)
    generated always as (lower(representative_email));
alter table table_member add column substitute_email_key varchar(254)
    generated always as (lower(substitute_email));
create index table_member_representative_email_idx on table_member (representative_email_key);
create index table_member_substitute_email_idx on table_member (substitute_email_key);
