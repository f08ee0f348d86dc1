package it.zona.municipality;

import it.zona.shared.OneTimeMigration;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped ISTAT list on first start, as migration 1.1: Flyway's lock makes one node do it
 * when several start together, and it runs once per database. Plain JDBC, because it runs before
 * JPA is up.
 */
@Component
class InitialMunicipalityLoad extends OneTimeMigration {

    static final String RESOURCE = "reference/comuni.csv";

    InitialMunicipalityLoad() {
        super("1.1", "load ISTAT municipalities");
    }

    @Override
    public void migrate(Context context) throws Exception {
        IstatCsv.Parsed parsed;
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            parsed = IstatCsv.parse(reader);
        }
        if (!parsed.ok()) {
            throw new IllegalStateException("The shipped municipality list is invalid: " + parsed.errors());
        }
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into municipality (istat_code, name, other_name, search_key, cadastral_code, province_code, "
                        + "province_name, province_abbreviation, region_code, region_name, population, population_date, "
                        + "postal_code, ceased) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            for (IstatCsv.Row row : parsed.rows()) {
                insert.setString(1, row.istatCode());
                insert.setString(2, row.name());
                insert.setString(3, row.otherName());
                insert.setString(4, row.searchKey());
                insert.setString(5, row.cadastralCode());
                insert.setString(6, row.provinceCode());
                insert.setString(7, row.provinceName());
                insert.setString(8, row.provinceAbbreviation());
                insert.setString(9, row.regionCode());
                insert.setString(10, row.regionName());
                if (row.population() == null) {
                    insert.setNull(11, Types.INTEGER);
                    insert.setNull(12, Types.DATE);
                } else {
                    insert.setInt(11, row.population());
                    insert.setDate(12, Date.valueOf(row.populationDate()));
                }
                insert.setString(13, row.postalCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
