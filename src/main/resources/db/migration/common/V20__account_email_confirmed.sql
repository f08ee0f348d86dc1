-- A representative's account is tied to the seats held under its e-mail address. That address
-- counts only when the account's first password went to it and nowhere else: an address an admin
-- merely typed (a staff account) proves nothing about who reads that mailbox.
alter table account add column email_confirmed boolean not null default false;
