-- Files sent with a mail (a sitting's agenda in PDF/A), kept with the message in the outbox until it
-- is sent and forgotten.
create table outbox_attachment (
    message_id   bigint        not null references outbox_message (id) on delete cascade,
    position     integer       not null,
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    content      bytea         not null,
    primary key (message_id, position)
);
