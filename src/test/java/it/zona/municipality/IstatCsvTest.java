package it.zona.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.zona.shared.SearchKey;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class IstatCsvTest {

    private static final String HEADER = "codice_istat,denominazione,denominazione_altra_lingua,codice_catastale,"
            + "sigla_provincia,codice_uts,denominazione_uts,tipologia_uts,codice_provincia_storico,codice_regione,"
            + "denominazione_regione,ripartizione_geografica,flag_capoluogo,popolazione_2025_01_01,"
            + "popolazione_2026_01_01,cap\n";

    private static IstatCsv.Parsed parse(String csv) throws IOException {
        return IstatCsv.parse(new StringReader(csv));
    }

    @Test
    void theShippedListHasEveryItalianMunicipalityWithItsLatestPopulation() throws IOException {
        IstatCsv.Parsed parsed;
        try (var reader = new InputStreamReader(
                new ClassPathResource(InitialMunicipalityLoad.RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            parsed = IstatCsv.parse(reader);
        }
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(7896);
        IstatCsv.Row poggiardo = parsed.rows().stream()
                .filter(r -> r.istatCode().equals("075061"))
                .findFirst()
                .orElseThrow();
        assertThat(poggiardo.name()).isEqualTo("Poggiardo");
        assertThat(poggiardo.provinceAbbreviation()).isEqualTo("LE");
        assertThat(poggiardo.regionName()).isEqualTo("Puglia");
        assertThat(poggiardo.population()).isEqualTo(5745);
        assertThat(poggiardo.populationDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void codesKeepTheirLeadingZeros() throws IOException {
        IstatCsv.Parsed parsed =
                parse(HEADER + "001001,Agliè,,A074,TO,201,Torino,3,001,01,Piemonte,Nord-ovest,0,2585,2584,10011\n");
        assertThat(parsed.rows().get(0).istatCode()).isEqualTo("001001");
        assertThat(parsed.rows().get(0).regionCode()).isEqualTo("01");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsGuessed() throws IOException {
        IstatCsv.Parsed parsed = parse(HEADER
                + "1001,Agliè,,A074,TO,201,Torino,3,001,01,Piemonte,Nord-ovest,0,2585,2584,10011\n"
                + "001002,Airasca,,A109,TO,201,Torino,3,001,01,Piemonte,Nord-ovest,0,3695,tante,10060\n"
                + "001003,Ala di Stura,,A117,TO,201,Torino,3,001,01,Piemonte,Nord-ovest,0,463,468,10070\n"
                + "001003,Ala di Stura,,A117,TO,201,Torino,3,001,01,Piemonte,Nord-ovest,0,463,468,10070\n");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors())
                .extracting(IstatCsv.LineError::line, IstatCsv.LineError::messageKey)
                .containsExactly(
                        tuple(2L, "municipality.import.badValue"),
                        tuple(3L, "municipality.import.badValue"),
                        tuple(5L, "municipality.import.duplicate"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
        IstatCsv.Parsed parsed = parse("codice,nome\n001001,Agliè\n");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errors())
                .extracting(IstatCsv.LineError::messageKey)
                .contains("municipality.import.missingColumn");
    }

    @Test
    void aMalformedPostalCodeIsDroppedButTheMunicipalityIsKept() throws IOException {
        IstatCsv.Parsed parsed = parse(
                HEADER
                        + "037044,Ozzano dell'Emilia,,G205,BO,237,Bologna,3,037,08,Emilia-Romagna,Nord-est,0,14000,14100,8604\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows().get(0).postalCode()).isNull();
    }

    @Test
    void searchKeysIgnoreAccentsCaseAndPunctuation() {
        assertThat(SearchKey.of("Sant'Àgata de' Goti")).isEqualTo("sant agata de goti");
        assertThat(SearchKey.of("AGLIÈ")).isEqualTo("aglie");
    }
}
