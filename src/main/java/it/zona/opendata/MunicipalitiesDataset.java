package it.zona.opendata;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityView;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The municipalities of the District, with ISTAT's codes and population. Here rather than in the
 * district module, which the open data module already depends on.
 */
@Component
class MunicipalitiesDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.text("istat_code"),
            DatasetColumn.text("name"),
            DatasetColumn.text("province"),
            DatasetColumn.text("region"),
            DatasetColumn.bool("lead"),
            DatasetColumn.integer("population"),
            DatasetColumn.date("population_date"));

    private final DistrictRegistry districts;

    MunicipalitiesDataset(DistrictRegistry districts) {
        this.districts = districts;
    }

    @Bean
    OpenDataset municipalitiesOpenData() {
        return new OpenDataset("municipalities", 10, DataTheme.REGI, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        var view = districts.view(district.slug());
        view.municipalities().stream()
                .sorted(Comparator.comparing(MunicipalityView::istatCode))
                .forEach(m -> sink.row(
                        m.istatCode(),
                        m.name(),
                        m.provinceAbbreviation(),
                        m.region(),
                        view.leadMunicipality() != null
                                && m.istatCode().equals(view.leadMunicipality().istatCode()),
                        m.population() == null ? null : m.population().longValue(),
                        m.populationDate()));
    }
}
