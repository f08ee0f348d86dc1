-- The audit log becomes a hash chain: each entry's chain_hash is the SHA-256 of its columns and of
-- the previous entry's hash (AuditChainHash), so a row altered, removed or slipped in behind the
-- application's back breaks the chain. Existing rows are chained by V25_2 (a Java migration).
alter table audit_entry add column chain_hash varchar(64);

-- The head of the chain: one row, locked by every writer (select ... for update) so that entries are
-- chained one after the other even with several nodes on one database. It also says where the chain
-- ends, so that the last entries cannot be removed unseen.
create table audit_chain (
    id        integer     primary key check (id = 1),
    last_id   bigint      not null,
    last_hash varchar(64) not null
);

insert into audit_chain (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
