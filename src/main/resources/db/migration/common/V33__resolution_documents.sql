-- Each resolution's PDF/A, written when the item is approved: the official document of the act,
-- never written again.
create table resolution_document (
    resolution_id bigint      primary key references resolution (id),
    sha256        varchar(64) not null,
    size_bytes    bigint      not null,
    content       bytea       not null
);
