-- One address, one account, whatever its case. H2 indexes columns only, so the lower-cased address
-- is a generated column.
alter table account add column email_key varchar(254) generated always as (lower(email));
create unique index account_email_uq on account (email_key);
