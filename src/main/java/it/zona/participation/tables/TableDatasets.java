package it.zona.participation.tables;

import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.UpdateFrequency;
import it.zona.programme.Named;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The thematic tables of the District's plans and the organisations seated at them, public from the
 * plan's launch as their pages are. Members are organisations: the representatives and substitutes
 * who sit for them, and their contacts, are in no dataset.
 */
@Configuration(proxyBeanMethods = false)
class TableDatasets {

    @Bean
    OpenDataset tablesDataset(TableRegistry tables, JdbcTemplate jdbc) {
        return new OpenDataset(
                "tables",
                150,
                DataTheme.SOCI,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("plan_id"),
                        DatasetColumn.text("name"),
                        DatasetColumn.text("kind"),
                        DatasetColumn.text("description"),
                        DatasetColumn.text("areas"),
                        DatasetColumn.text("liaison"),
                        DatasetColumn.integer("members")),
                (district, sink) -> jdbc.queryForList(
                                "select distinct plan_id from thematic_table where district_id = ? order by plan_id",
                                Long.class,
                                district.id())
                        .forEach(plan -> tables.list(plan).stream()
                                .sorted(Comparator.comparingLong(TableView::id))
                                .forEach(table -> sink.row(
                                        table.id(),
                                        table.planId(),
                                        table.name(),
                                        table.kind().name(),
                                        table.description(),
                                        table.areas().isEmpty()
                                                ? null
                                                : table.areas().stream()
                                                        .map(Named::name)
                                                        .collect(Collectors.joining("; ")),
                                        table.liaison() == null
                                                ? null
                                                : table.liaison().name(),
                                        (long) table.members()))));
    }

    /** Every seat, current and past (a seat is never rewritten, so the history is public too). */
    @Bean
    OpenDataset tableMembersDataset(JdbcTemplate jdbc) {
        return new OpenDataset(
                "table-members",
                160,
                DataTheme.SOCI,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.integer("table_id"),
                        DatasetColumn.integer("organization_id"),
                        DatasetColumn.text("organization"),
                        DatasetColumn.date("joined_on"),
                        DatasetColumn.date("left_on"),
                        DatasetColumn.text("end_reason")),
                (district, sink) -> JdbcRows.stream(
                        jdbc,
                        sink,
                        row -> new Object[] {
                            row.getLong("id"),
                            row.getLong("table_id"),
                            row.getLong("organization_id"),
                            row.getString("name"),
                            JdbcRows.date(row, "joined_on"),
                            JdbcRows.date(row, "left_on"),
                            row.getString("end_reason")
                        },
                        """
                        select m.id, m.table_id, m.organization_id, o.name, m.joined_on, m.left_on, m.end_reason
                        from table_member m
                        join thematic_table t on t.id = m.table_id
                        join organization o on o.id = m.organization_id
                        where t.district_id = ?
                        order by m.id""",
                        district.id()));
    }
}
