-- The minutes (verbale) of a sitting: a draft with the office's notes, read from the sitting, until
-- approved at a later sitting of the body or by its president; then the facts are kept as approved
-- (content, JSON) and the row never changes again (V43_5 of each vendor refuses it).
create table sitting_minutes (
    sitting_id            bigint         primary key references sitting (id),
    district_id           bigint         not null references district (id),
    status                varchar(10)    not null,
    notes                 varchar(20000),
    content               varchar(1000000),
    approved_at           timestamp with time zone,
    approved_at_sitting   bigint         references sitting (id),
    approved_by_president varchar(200),
    approved_recorded_by  varchar(60),
    updated_at            timestamp with time zone not null,
    version               bigint         not null default 0,
    constraint sitting_minutes_status_ck check (status in ('DRAFT', 'APPROVED')),
    constraint sitting_minutes_approval_ck check (status = 'DRAFT' or (approved_at is not null
        and content is not null and (approved_at_sitting is null) <> (approved_by_president is null)))
);

create index sitting_minutes_approved_at_idx on sitting_minutes (approved_at_sitting);

-- The approved minutes' PDF/A, written once at approval: the official document, never written again.
create table sitting_minutes_document (
    sitting_id bigint      primary key references sitting_minutes (sitting_id),
    sha256     varchar(64) not null,
    size_bytes bigint      not null,
    content    bytea       not null
);
