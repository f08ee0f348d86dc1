-- The sums of each budget line's ledger by kind, kept up to date in the transaction that writes an
-- entry (under the line's row lock), so that a plan's figures as they stand are a read of a row
-- per line and kind rather than a sum over every payment. Figures as of a past day still sum the
-- entries. The ledger stays the record: these rows are derived from it, and rebuilt here from it.
create table spending_total (
    budget_line_id bigint         not null references budget_line (id),
    plan_id        bigint         not null references plan (id),
    kind           varchar(20)    not null,
    amount         numeric(16, 2) not null,
    primary key (budget_line_id, kind)
);

create index spending_total_plan_idx on spending_total (plan_id);

insert into spending_total (budget_line_id, plan_id, kind, amount)
select budget_line_id, plan_id, kind, sum(amount) from spending_entry group by budget_line_id, plan_id, kind;
