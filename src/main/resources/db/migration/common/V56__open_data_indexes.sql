-- Open data (module opendata): a District's payments and commitments are streamed in id order, kind
-- by kind, from a database cursor; this index gives that order without sorting a million rows first.
create index spending_entry_district_kind_idx on spending_entry (district_id, kind, id);
