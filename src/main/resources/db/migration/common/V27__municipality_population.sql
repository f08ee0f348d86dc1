-- The ISTAT resident population of each municipality on each date a list gave it (1 January of a
-- year), so that a plan's year is measured against its own population where it is known (the LEPS
-- check). The shipped list's dates are loaded by the Java migration V27_1; imports add theirs.
create table municipality_population (
    istat_code      varchar(6) not null references municipality (istat_code),
    population_date date       not null,
    population      integer    not null,
    primary key (istat_code, population_date)
);
