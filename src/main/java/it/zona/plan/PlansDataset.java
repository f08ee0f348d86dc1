package it.zona.plan;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The District's published plans (past the mayors' approval, as their pages are public): period,
 * stage, the day the mayors approved it and the plan before it. A draft is in no dataset.
 */
@Component
class PlansDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.text("title"),
            DatasetColumn.integer("first_year"),
            DatasetColumn.integer("last_year"),
            DatasetColumn.text("stage"),
            DatasetColumn.date("approved_on"),
            DatasetColumn.integer("previous_plan_id"),
            DatasetColumn.date("launch_date"));

    /** The stages in which a plan is public, as SQL. */
    private static final String PUBLISHED = Arrays.stream(PlanStage.values())
            .filter(PlanStage::isPastApproval)
            .map(stage -> "'" + stage.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final JdbcTemplate jdbc;

    PlansDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    OpenDataset plansOpenData() {
        return new OpenDataset("plans", 40, DataTheme.GOVE, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        JdbcRows.stream(
                jdbc,
                sink,
                row -> new Object[] {
                    row.getLong("id"),
                    row.getString("title"),
                    row.getLong("first_year"),
                    row.getLong("last_year"),
                    row.getString("stage"),
                    JdbcRows.date(row, "approved_on"),
                    JdbcRows.integer(row, "previous_plan_id"),
                    JdbcRows.date(row, "launch_date")
                },
                """
                select p.id, p.title, p.first_year, p.last_year, p.stage, p.launch_date,
                       (select q.id from plan q where q.id = p.previous_plan_id and q.stage in %1$s)
                           as previous_plan_id,
                       (select min(t.decided_on) from plan_transition t
                        where t.plan_id = p.id and t.to_stage = 'AGREEMENT') as approved_on
                from plan p
                where p.district_id = ? and p.stage in %1$s
                order by p.id""".formatted(PUBLISHED),
                district.id());
    }
}
