package it.zona.indicators;

import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.UpdateFrequency;
import it.zona.plan.PlanRegistry;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indicators of the District's published plans and their measurements, public with their plan
 * as their pages are. Who recorded a measurement is the staff's to know, and is in neither.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorDatasets {

    @Bean
    OpenDataset indicatorsDataset(PlanRegistry plans, JdbcTemplate jdbc) {
        return new OpenDataset(
                "indicators",
                110,
                DataTheme.SOCI,
                UpdateFrequency.QUARTERLY,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("plan_id"),
                        DatasetColumn.integer("objective_id"),
                        DatasetColumn.integer("intervention_id"),
                        DatasetColumn.text("name"),
                        DatasetColumn.text("description"),
                        DatasetColumn.text("kind"),
                        DatasetColumn.text("unit"),
                        DatasetColumn.text("direction"),
                        DatasetColumn.decimal("baseline_value"),
                        DatasetColumn.integer("baseline_year"),
                        DatasetColumn.text("baseline_source")),
                (district, sink) -> {
                    for (long plan : plans.publishedIds(district.id())) {
                        JdbcRows.stream(
                                jdbc,
                                sink,
                                row -> new Object[] {
                                    row.getLong("id"),
                                    row.getLong("plan_id"),
                                    JdbcRows.integer(row, "objective_id"),
                                    JdbcRows.integer(row, "intervention_id"),
                                    row.getString("name"),
                                    row.getString("description"),
                                    row.getString("kind"),
                                    row.getString("unit"),
                                    row.getString("direction"),
                                    row.getBigDecimal("baseline_value"),
                                    JdbcRows.integer(row, "baseline_year"),
                                    row.getString("baseline_source")
                                },
                                """
                                select id, plan_id, objective_id, intervention_id, name, description, kind, unit,
                                       direction, baseline_value, baseline_year, baseline_source
                                from indicator where plan_id = ? order by id""",
                                plan);
                    }
                });
    }

    /**
     * Every measurement as recorded, corrections included: a correction names the measurement it
     * corrects, and {@code valid} says which still count (those not corrected). Each carries the
     * target of its year, for the reader to weigh it against.
     */
    @Bean
    OpenDataset indicatorMeasurementsDataset(PlanRegistry plans, JdbcTemplate jdbc) {
        return new OpenDataset(
                "indicator-measurements",
                120,
                DataTheme.SOCI,
                UpdateFrequency.QUARTERLY,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("indicator_id"),
                        DatasetColumn.integer("year"),
                        DatasetColumn.date("period_from"),
                        DatasetColumn.date("period_to"),
                        DatasetColumn.date("reference_date"),
                        DatasetColumn.decimal("value"),
                        DatasetColumn.decimal("target"),
                        DatasetColumn.text("source"),
                        DatasetColumn.integer("corrects_id"),
                        DatasetColumn.bool("valid")),
                (district, sink) -> {
                    for (long plan : plans.publishedIds(district.id())) {
                        JdbcRows.stream(
                                jdbc,
                                sink,
                                row -> new Object[] {
                                    row.getLong("id"),
                                    row.getLong("indicator_id"),
                                    row.getLong("measurement_year"),
                                    JdbcRows.date(row, "period_from"),
                                    JdbcRows.date(row, "period_to"),
                                    JdbcRows.date(row, "reference_date"),
                                    row.getBigDecimal("measured_value"),
                                    row.getBigDecimal("target_value"),
                                    row.getString("source"),
                                    JdbcRows.integer(row, "corrects_id"),
                                    row.getInt("corrections") == 0
                                },
                                """
                                select m.id, m.indicator_id, m.measurement_year, m.period_from, m.period_to,
                                       m.reference_date, m.measured_value, t.target_value, m.source, m.corrects_id,
                                       (select count(*) from indicator_measurement c where c.corrects_id = m.id)
                                           as corrections
                                from indicator_measurement m
                                join indicator i on i.id = m.indicator_id
                                left join indicator_target t
                                    on t.indicator_id = m.indicator_id and t.target_year = m.measurement_year
                                where i.plan_id = ?
                                order by m.id""",
                                plan);
                    }
                });
    }
}
