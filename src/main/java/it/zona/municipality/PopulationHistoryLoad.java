package it.zona.municipality;

import it.zona.shared.OneTimeMigration;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Migration 27.1: the population of every date the shipped ISTAT list gives, for the municipalities
 * the database holds (a database whose list was re-imported since may hold fewer or more).
 */
@Component
class PopulationHistoryLoad extends OneTimeMigration {

    PopulationHistoryLoad() {
        super("27.1", "load the ISTAT population history");
    }

    @Override
    public void migrate(Context context) throws Exception {
        IstatCsv.Parsed parsed;
        try (Reader reader = new InputStreamReader(
                new ClassPathResource(InitialMunicipalityLoad.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            parsed = IstatCsv.parse(reader);
        }
        if (!parsed.ok()) {
            throw new IllegalStateException("The shipped municipality list is invalid: " + parsed.errors());
        }
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("insert into municipality_population (istat_code, population_date, population) "
                        + "select istat_code, ?, ? from municipality where istat_code = ?")) {
            for (IstatCsv.Row row : parsed.rows()) {
                for (Map.Entry<LocalDate, Integer> figure : row.populations().entrySet()) {
                    insert.setDate(1, Date.valueOf(figure.getKey()));
                    insert.setInt(2, figure.getValue());
                    insert.setString(3, row.istatCode());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
