package it.zona.spending;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The sums of each line's ledger by kind ({@code spending_total}), added to in the transaction that
 * writes each entry: the ledger's writers hold the line's row lock, so two entries of one line never
 * add at once. A plan's figures as they stand read a row per line and kind, however many payments.
 */
@Component
class LineTotals {

    private static final RowMapper<LedgerEntries.Sum> SUM = (rs, n) -> new LedgerEntries.Sum(
            rs.getLong("budget_line_id"), EntryKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"));

    private final JdbcTemplate jdbc;

    LineTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a written entry to its line's sum of its kind (standard MERGE: H2 and PostgreSQL alike). */
    void add(LedgerEntry entry) {
        jdbc.update(
                "merge into spending_total t using (values (cast(? as bigint), cast(? as bigint),"
                        + " cast(? as varchar(20)), cast(? as numeric(16, 2)))) as v(budget_line_id, plan_id, kind, amount)"
                        + " on t.budget_line_id = v.budget_line_id and t.kind = v.kind"
                        + " when matched then update set amount = t.amount + v.amount"
                        + " when not matched then insert (budget_line_id, plan_id, kind, amount)"
                        + " values (v.budget_line_id, v.plan_id, v.kind, v.amount)",
                entry.budgetLineId(),
                entry.planId(),
                entry.kind().name(),
                entry.amount());
    }

    List<LedgerEntries.Sum> ofPlan(long planId) {
        return jdbc.query("select budget_line_id, kind, amount from spending_total where plan_id = ?", SUM, planId);
    }

    List<LedgerEntries.Sum> ofLines(Collection<Long> lineIds) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select budget_line_id, kind, amount from spending_total where budget_line_id in ("
                        + lineIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")",
                SUM,
                lineIds.toArray());
    }
}
