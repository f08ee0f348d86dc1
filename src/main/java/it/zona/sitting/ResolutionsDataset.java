package it.zona.sitting;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The numbered resolutions of the District's governing bodies, all public as their pages are: body,
 * number of the year, the day adopted, the subject, the outcome of the item it comes from, what it
 * amends or revokes, and whether it is in force, amended or revoked by a later one today. Its text is
 * on its page and in its PDF/A.
 */
@Component
class ResolutionsDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.integer("governing_body_id"),
            DatasetColumn.text("governing_body"),
            DatasetColumn.integer("year"),
            DatasetColumn.integer("number"),
            DatasetColumn.date("adopted_on"),
            DatasetColumn.text("subject"),
            DatasetColumn.text("outcome"),
            DatasetColumn.integer("sitting_id"),
            DatasetColumn.integer("item_number"),
            DatasetColumn.integer("affects_resolution_id"),
            DatasetColumn.text("effect"),
            DatasetColumn.text("status"));

    private final JdbcTemplate jdbc;

    ResolutionsDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    OpenDataset resolutionsOpenData() {
        return new OpenDataset("resolutions", 35, DataTheme.GOVE, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        JdbcRows.stream(
                jdbc,
                sink,
                row -> new Object[] {
                    row.getLong("id"),
                    row.getLong("governing_body_id"),
                    row.getString("body"),
                    row.getLong("act_year"),
                    row.getLong("act_number"),
                    JdbcRows.date(row, "adopted_on"),
                    row.getString("title"),
                    row.getString("outcome"),
                    row.getLong("sitting_id"),
                    row.getLong("item_number"),
                    JdbcRows.integer(row, "affects_resolution"),
                    row.getString("effect"),
                    row.getInt("revoked") > 0 ? "REVOKED" : row.getInt("amended") > 0 ? "AMENDED" : "IN_FORCE"
                },
                """
                select r.id, r.governing_body_id, b.name as body, r.act_year, r.act_number, r.adopted_on, r.title,
                       i.outcome, r.sitting_id, r.item_number, r.affects_resolution, r.effect,
                       (select count(*) from resolution x where x.affects_resolution = r.id and x.effect = 'REVOKES')
                           as revoked,
                       (select count(*) from resolution x where x.affects_resolution = r.id and x.effect = 'AMENDS')
                           as amended
                from resolution r
                join governing_body b on b.id = r.governing_body_id
                left join sitting_item i on i.sitting_id = r.sitting_id and i.position = r.item_number - 1
                where r.district_id = ?
                order by r.id""",
                district.id());
    }
}
