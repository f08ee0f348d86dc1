-- One open seat per organisation and table: TableMembership checks it before seating, but two
-- requests at once could both pass the check; the database takes only one of them. Ended seats,
-- any number of them, stay as history.
create unique index table_member_open_seat_uq on table_member (table_id, organization_id) where left_on is null;

-- The seats of the signed-in person, matched without regard to case on the representative's or
-- the substitute's address (TableMembers.findActiveHeldBy): one index for each side of the OR.
create index table_member_representative_email_idx on table_member (lower(representative_email));
create index table_member_substitute_email_idx on table_member (lower(substitute_email));
