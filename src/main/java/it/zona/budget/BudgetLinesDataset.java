package it.zona.budget;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import it.zona.plan.PlanRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The money of the District's published plans: each budget line (intervention × year × funding
 * source) with its amount in euros, as the plan's budget page shows it. The amounts add up to the
 * plan's budget report to the cent.
 */
@Component
class BudgetLinesDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.integer("plan_id"),
            DatasetColumn.integer("intervention_id"),
            DatasetColumn.integer("year"),
            DatasetColumn.integer("funding_source_id"),
            DatasetColumn.text("funding_source_code"),
            DatasetColumn.text("funding_source"),
            DatasetColumn.decimal("amount"));

    private final PlanRegistry plans;
    private final JdbcTemplate jdbc;

    BudgetLinesDataset(PlanRegistry plans, JdbcTemplate jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    @Bean
    OpenDataset budgetLinesOpenData() {
        return new OpenDataset("budget-lines", 80, DataTheme.ECON, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        for (long plan : plans.publishedIds(district.id())) {
            JdbcRows.stream(
                    jdbc,
                    sink,
                    row -> new Object[] {
                        row.getLong("id"),
                        row.getLong("plan_id"),
                        row.getLong("intervention_id"),
                        row.getLong("budget_year"),
                        row.getLong("funding_source_id"),
                        row.getString("code"),
                        row.getString("name"),
                        row.getBigDecimal("amount")
                    },
                    """
                    select l.id, l.plan_id, l.intervention_id, l.budget_year, l.funding_source_id, s.code, s.name,
                           l.amount
                    from budget_line l join funding_source s on s.id = l.funding_source_id
                    where l.plan_id = ?
                    order by l.id""",
                    plan);
        }
    }
}
