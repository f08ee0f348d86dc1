-- The mapping of a plan's lines to the classifications of the national information systems (the
-- ISTAT survey on municipal social services, SIOSS, the Multifondo platform), set once per plan by
-- the office: each policy area to an area of the survey, each funding source to a national
-- category, each intervention to a spending type. A line absent from its table is unmapped, and the
-- exports refuse to run until it is mapped. A mapping goes with the area, source or intervention.
create table export_mapping (
    plan_id  bigint not null primary key references plan (id) on delete cascade,
    version  bigint not null
);

create table export_area_mapping (
    plan_id     bigint      not null references export_mapping (plan_id) on delete cascade,
    area_id     bigint      not null references policy_area (id) on delete cascade,
    survey_area varchar(30) not null check (survey_area in ('FAMILY_AND_MINORS', 'DISABILITY', 'ADDICTION',
        'ELDERLY', 'IMMIGRANTS_AND_NOMADS', 'POVERTY_AND_HOMELESS', 'MULTI_USER')),
    primary key (plan_id, area_id)
);

create table export_source_mapping (
    plan_id           bigint      not null references export_mapping (plan_id) on delete cascade,
    funding_source_id bigint      not null references funding_source (id) on delete cascade,
    category          varchar(20) not null check (category in ('FNPS', 'POVERTY_FUND', 'FNA', 'REGIONAL',
        'MUNICIPAL', 'HEALTH', 'EU_PNRR', 'CO_PAYMENT', 'OTHER')),
    primary key (plan_id, funding_source_id)
);

create table export_intervention_mapping (
    plan_id         bigint      not null references export_mapping (plan_id) on delete cascade,
    intervention_id bigint      not null references intervention (id) on delete cascade,
    spending_type   varchar(20) not null check (spending_type in ('SERVICES', 'CASH_TRANSFERS', 'FACILITIES')),
    primary key (plan_id, intervention_id)
);
