package it.zona.participation.meetings;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.JdbcRows;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import java.sql.Time;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The meetings of the District's thematic tables and the plenary ones of its plans, public as the
 * calendar is: day, time, table, status, and for a held meeting whose attendance was recorded how
 * many member organisations were marked and how many were present, with the participation rate
 * (present over marked, in percent with one decimal, as {@link ParticipationReport} counts it: a
 * meeting without a sheet has no rate). Guests and the agenda are on the meeting's page.
 */
@Component
class MeetingsDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.integer("plan_id"),
            DatasetColumn.integer("table_id"),
            DatasetColumn.text("table"),
            DatasetColumn.text("title"),
            DatasetColumn.date("date"),
            DatasetColumn.text("start_time"),
            DatasetColumn.text("end_time"),
            DatasetColumn.text("status"),
            DatasetColumn.integer("organizations_recorded"),
            DatasetColumn.integer("organizations_present"),
            DatasetColumn.decimal("participation_rate"));

    private final JdbcTemplate jdbc;

    MeetingsDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    OpenDataset meetingsOpenData() {
        return new OpenDataset("meetings", 170, DataTheme.SOCI, UpdateFrequency.MONTHLY, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        JdbcRows.stream(
                jdbc,
                sink,
                row -> {
                    String status = row.getString("status");
                    long recorded = row.getLong("recorded");
                    long present = row.getLong("present");
                    boolean rated = MeetingStatus.HELD.name().equals(status) && recorded > 0;
                    return new Object[] {
                        row.getLong("id"),
                        row.getLong("plan_id"),
                        JdbcRows.integer(row, "table_id"),
                        row.getString("table_name"),
                        row.getString("title"),
                        JdbcRows.date(row, "meeting_date"),
                        time(row.getTime("start_time")),
                        time(row.getTime("end_time")),
                        status,
                        rated ? recorded : null,
                        rated ? present : null,
                        rated ? ParticipationReport.rate((int) present, (int) recorded) : null
                    };
                },
                """
                select m.id, m.plan_id, m.table_id, t.name as table_name, m.title, m.meeting_date, m.start_time,
                       m.end_time, m.status,
                       (select count(*) from meeting_attendance a where a.meeting_id = m.id) as recorded,
                       (select count(*) from meeting_attendance a where a.meeting_id = m.id and a.status = 'PRESENT')
                           as present
                from meeting m left join thematic_table t on t.id = m.table_id
                where m.district_id = ?
                order by m.id""",
                district.id());
    }

    /** A time of day as {@code 09:30}. */
    private static String time(Time time) {
        return time == null ? null : time.toLocalTime().toString();
    }
}
