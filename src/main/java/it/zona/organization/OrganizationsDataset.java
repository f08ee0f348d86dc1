package it.zona.organization;

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
 * The bodies taking part in the District's plan, with what public registers say of them: name,
 * kind, tax code and VAT number, RUNTS section and number, municipality. No person: neither the
 * people who act for a body, nor its addresses, e-mail, PEC or phone, nor an organisation whose tax
 * code is a person's (a sole trader is a natural person).
 */
@Component
class OrganizationsDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.text("name"),
            DatasetColumn.text("type"),
            DatasetColumn.text("tax_code"),
            DatasetColumn.text("vat_number"),
            DatasetColumn.text("runts_section"),
            DatasetColumn.text("runts_number"),
            DatasetColumn.text("municipality"));

    private final JdbcTemplate jdbc;

    OrganizationsDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    OpenDataset organizationsOpenData() {
        return new OpenDataset("organizations", 20, DataTheme.SOCI, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        JdbcRows.stream(
                jdbc,
                sink,
                row -> {
                    String taxCode = row.getString("tax_code");
                    if (taxCode != null && taxCode.length() == 16) {
                        return null;
                    }
                    return new Object[] {
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("type"),
                        taxCode,
                        row.getString("vat_number"),
                        row.getString("runts_section"),
                        row.getString("runts_number"),
                        row.getString("municipality")
                    };
                },
                """
                select id, name, type, tax_code, vat_number, runts_section, runts_number, municipality
                from organization where district_id = ? order by id""",
                district.id());
    }
}
