-- A confidential message (a first password) is for its recipient only: the outbox never shows its
-- text, and forgets it once it is sent.
alter table outbox_message add column confidential boolean not null default false;
