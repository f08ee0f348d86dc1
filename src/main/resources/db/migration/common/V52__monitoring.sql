-- The weekly monitoring digest of a District, one row per week it went out: the row is written in
-- the transaction that queues the mail, and its key lets no second node, run or restart send the
-- same week again.
create table alert_digest (
    district_id  bigint       not null references district (id),
    week_start   date         not null,
    alerts       integer      not null,
    sent_at      timestamp with time zone not null,
    primary key (district_id, week_start)
);

-- The annual monitoring report, frozen by the District's admin, is kept by the archive too.
alter table archived_document drop constraint archived_document_kind_ck;
alter table archived_document add constraint archived_document_kind_ck check (kind in (
    'RESOLUTION', 'SITTING_MINUTES', 'TABLE_MINUTES', 'PLAN_DOCUMENT', 'ANNUAL_PROGRAMME', 'MONITORING_REPORT',
    'AGREEMENT', 'SIGNED_AGREEMENT', 'IMPLEMENTATION_SCHEME', 'MEMORANDUM', 'EXTERNAL_ACT'));
