-- The access criteria of a catalogue service, as data (eligibility.AccessCriteria): a tree of
-- criteria in all-of and any-of groups, and a titolo sociale's ISEE bands (eligibility.Bands), each
-- stored as the JSON the API reads and writes. No row: the office has not described them yet; a
-- row without criteria: anybody may have the service. They go with their service.
create table service_access_criteria (
    service_id bigint         primary key references social_service (id) on delete cascade,
    criteria   varchar(20000),
    bands      varchar(4000),
    updated_at timestamp with time zone not null,
    version    bigint         not null
);
