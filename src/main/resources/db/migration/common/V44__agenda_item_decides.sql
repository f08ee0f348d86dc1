-- What an agenda item decides on, if anything: a plan of the District and either the stage of its
-- iter the plan moves to once the item is approved (the mayors' approval moves it to AGREEMENT) or
-- the year whose programme (programma attuativo) it approves. The resolution the item becomes keeps
-- the same, so that a plan's step is offered the resolutions that decide it. Resolutions stay
-- append-only (V31_1): the columns are written once, with the row.
alter table sitting_item add column plan_id bigint;
alter table sitting_item add column plan_stage varchar(20);
alter table sitting_item add column programme_year integer;
alter table sitting_item add constraint sitting_item_plan_fk foreign key (plan_id) references plan (id);
alter table sitting_item add constraint sitting_item_plan_stage_ck check (plan_stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
-- Nothing, or a plan with exactly one of the two.
alter table sitting_item add constraint sitting_item_decides_ck check (
    (plan_id is null and plan_stage is null and programme_year is null)
    or (plan_id is not null and (plan_stage is null) <> (programme_year is null)));

alter table resolution add column plan_id bigint;
alter table resolution add column plan_stage varchar(20);
alter table resolution add column programme_year integer;
alter table resolution add constraint resolution_plan_fk foreign key (plan_id) references plan (id);
alter table resolution add constraint resolution_plan_stage_ck check (plan_stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
alter table resolution add constraint resolution_decides_ck check (
    (plan_id is null and plan_stage is null and programme_year is null)
    or (plan_id is not null and (plan_stage is null) <> (programme_year is null)));

create index resolution_plan_idx on resolution (plan_id);
