-- The attachments of a program agreement: versions of documents in the District's archive (the plan
-- document frozen, the implementation scheme, the memorandum with the unions), listed with their
-- SHA-256 in the PDF the parties sign.
create table agreement_attachment (
    agreement_id bigint  not null references program_agreement (id) on delete cascade,
    position     integer not null,
    document_id  bigint  not null references archived_document (id),
    primary key (agreement_id, position)
);
