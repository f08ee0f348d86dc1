-- A year's programme (programma attuativo) approved by an act, frozen as an official version of the
-- plan: the year, the day of its approval and, when Zona holds the act, the act's page. The table
-- stays append-only (V12_1); these columns are written once, with the row.
alter table official_document drop constraint official_document_kind_ck;
alter table official_document alter column kind set data type varchar(20);
alter table official_document add constraint official_document_kind_ck
    check (kind in ('FULL', 'SUMMARY', 'ANNUAL_PROGRAMME'));
alter table official_document add column programme_year integer;
alter table official_document add column approved_on date;
alter table official_document add column act_link varchar(200);
alter table official_document add constraint official_document_programme_ck
    check ((kind = 'ANNUAL_PROGRAMME') = (programme_year is not null and approved_on is not null and act is not null));

alter table archived_document drop constraint archived_document_kind_ck;
alter table archived_document add constraint archived_document_kind_ck check (kind in (
    'RESOLUTION', 'SITTING_MINUTES', 'TABLE_MINUTES', 'PLAN_DOCUMENT', 'ANNUAL_PROGRAMME', 'AGREEMENT',
    'SIGNED_AGREEMENT', 'IMPLEMENTATION_SCHEME', 'MEMORANDUM', 'EXTERNAL_ACT'));
