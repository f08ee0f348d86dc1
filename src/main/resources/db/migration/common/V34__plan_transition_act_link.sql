-- A step of a plan's iter names an act Zona holds by its page (a resolution, the program agreement);
-- a step without one names an act taken outside Zona.
alter table plan_transition add column act_link varchar(200);
