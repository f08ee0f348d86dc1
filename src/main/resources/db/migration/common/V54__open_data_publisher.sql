-- The publisher of a District's open data in its DCAT-AP_IT catalogue (module opendata), set by the
-- District's admin. Every column but the licence may be empty: the catalogue then uses a default
-- (the lead municipality's IPA code and name, the District's e-mail and site, the publisher as
-- rights holder). IPA codes are lower case; their shape is checked by opendata.IpaCode.
create table open_data_publisher (
    district_id            bigint       not null primary key references district (id) on delete cascade,
    ipa_code               varchar(20),
    name                   varchar(200),
    rights_holder_ipa_code varchar(20),
    rights_holder_name     varchar(200),
    contact_name           varchar(200),
    contact_email          varchar(254),
    contact_url            varchar(500),
    licence                varchar(20)  not null,
    version                bigint       not null default 0,
    constraint open_data_publisher_licence check (licence in ('CC_BY_4_0', 'CC0_1_0')),
    constraint open_data_publisher_ipa_code check (ipa_code = lower(ipa_code)),
    constraint open_data_publisher_rights_holder_ipa_code
        check (rights_holder_ipa_code = lower(rights_holder_ipa_code))
);
