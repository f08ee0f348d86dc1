-- One address, one account, whatever its case.
create unique index account_email_uq on account (lower(email));
