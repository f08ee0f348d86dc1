-- Sign-in throttling counted per typed username and per client address (replaces login_throttle of
-- V3, whose count was read and then written, so parallel guesses all passed). An attempt is counted
-- BEFORE its password is checked, by one conditional UPDATE, so parallel attempts queue on the row.
-- Times are epoch milliseconds: one UPDATE computes the growing delay with the same arithmetic on
-- H2 and PostgreSQL.
drop table login_throttle;

create table sign_in_throttle (
    scope           varchar(10)  not null, -- 'account' (the username as typed, lower-cased) or 'address'
    throttle_key    varchar(100) not null,
    failures        integer      not null,
    last_attempt_at bigint       not null,
    blocked_until   bigint       not null, -- no attempt before this instant; 0 when free
    primary key (scope, throttle_key)
);

create index sign_in_throttle_idle_idx on sign_in_throttle (last_attempt_at);
