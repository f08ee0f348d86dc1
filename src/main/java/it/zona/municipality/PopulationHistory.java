package it.zona.municipality;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The population of each municipality on each date an ISTAT list gave it (table municipality_population). */
@Repository
class PopulationHistory {

    private final NamedParameterJdbcTemplate jdbc;

    PopulationHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the figures of an imported list: a date already held takes the list's figure. */
    void record(Collection<IstatCsv.Row> rows) {
        List<MapSqlParameterSource> figures = new ArrayList<>();
        for (IstatCsv.Row row : rows) {
            row.populations()
                    .forEach((date, population) -> figures.add(new MapSqlParameterSource()
                            .addValue("code", row.istatCode())
                            .addValue("date", Date.valueOf(date))
                            .addValue("population", population)));
        }
        MapSqlParameterSource[] batch = figures.toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(
                "delete from municipality_population where istat_code = :code and population_date = :date", batch);
        jdbc.batchUpdate(
                "insert into municipality_population (istat_code, population_date, population) "
                        + "values (:code, :date, :population)",
                batch);
    }

    /** The total population of these municipalities on each date on which every one of them has a figure. */
    Map<LocalDate, Long> totals(Collection<String> istatCodes) {
        Map<LocalDate, Long> totals = new TreeMap<>();
        if (istatCodes.isEmpty()) {
            return totals;
        }
        jdbc.query(
                "select population_date, sum(population) as total, count(*) as municipalities "
                        + "from municipality_population where istat_code in (:codes) group by population_date",
                Map.of("codes", istatCodes),
                rs -> {
                    if (rs.getInt("municipalities") == istatCodes.size()) {
                        totals.put(rs.getDate("population_date").toLocalDate(), rs.getLong("total"));
                    }
                });
        return totals;
    }
}
