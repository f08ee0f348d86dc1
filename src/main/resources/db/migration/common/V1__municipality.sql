-- National list of Italian municipalities (ISTAT). Loaded by the Java migration V1_1 and
-- refreshed by the platform admin's import. Codes are text: ISTAT codes keep their leading zeros.
create table municipality (
    istat_code            varchar(6)   not null primary key,
    name                  varchar(200) not null,
    other_name            varchar(200),
    search_key            varchar(400) not null,
    cadastral_code        varchar(4),
    province_code         varchar(3)   not null,
    province_name         varchar(100) not null,
    province_abbreviation varchar(2),
    region_code           varchar(2)   not null,
    region_name           varchar(100) not null,
    population            integer,
    population_date       date,
    postal_code           varchar(5),
    ceased                boolean      not null default false
);

create index municipality_search_idx on municipality (search_key);
create index municipality_province_idx on municipality (province_code);
