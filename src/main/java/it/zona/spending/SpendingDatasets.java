package it.zona.spending;

import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.UpdateFrequency;
import it.zona.plan.PlanRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spending of the District's published plans as open data (D.Lgs. 33/2013, art. 26-29: what a
 * public body commits and pays), streamed straight from a database cursor, in id order by the index
 * {@code spending_entry_district_kind_idx}: a District may have a million payments, and none of them
 * is ever held in a list. Only an approved plan takes spending; the published plans are checked
 * anyway. No note, no reason and nobody who recorded an entry: those are the office's.
 */
@Configuration(proxyBeanMethods = false)
class SpendingDatasets {

    /**
     * Each commitment (impegno) as it stands: its amount with its corrections, what was de-committed
     * and paid against it (each with theirs), so that the amounts add up to the figures of
     * {@link SpendingTotals}. The beneficiary is named when it is a body: an organisation whose tax
     * code is a person's (a sole trader) is a natural person, whose name is not published.
     */
    @Bean
    OpenDataset commitmentsDataset(PlanRegistry plans, JdbcTemplate jdbc) {
        List<DatasetColumn> columns = List.of(
                DatasetColumn.integer("id"),
                DatasetColumn.integer("plan_id"),
                DatasetColumn.integer("budget_line_id"),
                DatasetColumn.text("act_number"),
                DatasetColumn.date("act_date"),
                DatasetColumn.decimal("amount"),
                DatasetColumn.decimal("decommitted"),
                DatasetColumn.decimal("paid"),
                DatasetColumn.integer("beneficiary_id"),
                DatasetColumn.text("beneficiary"),
                DatasetColumn.text("beneficiary_tax_code"),
                DatasetColumn.text("cig"),
                DatasetColumn.text("cup"));
        return new OpenDataset(
                "commitments", 90, DataTheme.ECON, UpdateFrequency.MONTHLY, columns, (district, sink) -> {
                    Set<Long> published = new HashSet<>(plans.publishedIds(district.id()));
                    JdbcRows.stream(
                            jdbc,
                            sink,
                            row -> {
                                if (!published.contains(row.getLong("plan_id"))) {
                                    return null;
                                }
                                boolean body = row.getString("tax_code") == null
                                        || row.getString("tax_code").length() != 16;
                                Long beneficiary = JdbcRows.integer(row, "organization_id");
                                return new Object[] {
                                    row.getLong("id"),
                                    row.getLong("plan_id"),
                                    row.getLong("budget_line_id"),
                                    row.getString("act_number"),
                                    JdbcRows.date(row, "entry_date"),
                                    row.getBigDecimal("amount").add(row.getBigDecimal("corrections")),
                                    row.getBigDecimal("decommitted"),
                                    row.getBigDecimal("paid"),
                                    body ? beneficiary : null,
                                    body ? row.getString("name") : null,
                                    body ? row.getString("tax_code") : null,
                                    row.getString("cig"),
                                    row.getString("cup")
                                };
                            },
                            """
                    select c.id, c.plan_id, c.budget_line_id, c.act_number, c.entry_date, c.amount,
                           c.organization_id, o.name, o.tax_code, c.cig, c.cup,
                           coalesce(h.corrections, 0) as corrections,
                           coalesce(h.decommitted, 0) as decommitted,
                           coalesce(h.paid, 0) as paid
                    from spending_entry c
                    left join organization o on o.id = c.organization_id
                    left join (
                        select commitment_id,
                               sum(case when kind = 'COMMITMENT' then amount else 0 end) as corrections,
                               sum(case when kind = 'DECOMMITMENT' then amount else 0 end) as decommitted,
                               sum(case when kind = 'PAYMENT' then amount else 0 end) as paid
                        from spending_entry
                        where district_id = ? and commitment_id is not null
                        group by commitment_id) h on h.commitment_id = c.id
                    where c.district_id = ? and c.kind = 'COMMITMENT' and c.corrects_id is null
                    order by c.id""",
                            district.id(),
                            district.id());
                });
    }

    /**
     * Every payment (liquidazione, mandato) against a commitment, as the ledger keeps it: a
     * correction is a row of its own that names the payment it corrects ({@code corrects_id}) and
     * holds the signed difference, so that the amounts add up to what was paid.
     */
    @Bean
    OpenDataset paymentsDataset(PlanRegistry plans, JdbcTemplate jdbc) {
        List<DatasetColumn> columns = List.of(
                DatasetColumn.integer("id"),
                DatasetColumn.integer("commitment_id"),
                DatasetColumn.integer("plan_id"),
                DatasetColumn.integer("budget_line_id"),
                DatasetColumn.date("payment_date"),
                DatasetColumn.decimal("amount"),
                DatasetColumn.text("act_number"),
                DatasetColumn.integer("corrects_id"));
        return new OpenDataset("payments", 100, DataTheme.ECON, UpdateFrequency.MONTHLY, columns, (district, sink) -> {
            Set<Long> published = new HashSet<>(plans.publishedIds(district.id()));
            JdbcRows.stream(
                    jdbc,
                    sink,
                    row -> {
                        long plan = row.getLong(3);
                        if (!published.contains(plan)) {
                            return null;
                        }
                        // By position: a million rows, and no column name looked up for each.
                        return new Object[] {
                            row.getLong(1),
                            row.getLong(2),
                            plan,
                            row.getLong(4),
                            JdbcRows.date(row, 5),
                            row.getBigDecimal(6),
                            row.getString(7),
                            JdbcRows.integer(row, 8)
                        };
                    },
                    """
                    select id, commitment_id, plan_id, budget_line_id, entry_date, amount, act_number, corrects_id
                    from spending_entry
                    where district_id = ? and kind = 'PAYMENT'
                    order by id""",
                    district.id());
        });
    }

    /** A dataset of the spending: its rows are written by {@code rows}. */
}
