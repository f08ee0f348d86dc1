package it.zona.catalogue;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The District's services catalogue (carta dei servizi): every service and titolo sociale as its
 * public page shows it, with whom it is for, where, and a titolo's application window. The long
 * texts of the modello Comuni (how to apply, documents, contacts) are on the service's page.
 */
@Component
class ServicesDataset {

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.integer("id"),
            DatasetColumn.text("kind"),
            DatasetColumn.text("category"),
            DatasetColumn.text("service_code"),
            DatasetColumn.text("title"),
            DatasetColumn.text("status"),
            DatasetColumn.date("status_from"),
            DatasetColumn.date("status_until"),
            DatasetColumn.text("summary"),
            DatasetColumn.text("audiences"),
            DatasetColumn.bool("all_municipalities"),
            DatasetColumn.text("municipalities"),
            DatasetColumn.date("window_opens_on"),
            DatasetColumn.date("window_closes_on"),
            DatasetColumn.decimal("window_budget"),
            DatasetColumn.integer("window_places"));

    private final ServiceCatalogue catalogue;

    ServicesDataset(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Bean
    OpenDataset servicesOpenData() {
        return new OpenDataset("services", 130, DataTheme.SOCI, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        catalogue.all(district.slug()).stream()
                .sorted(Comparator.comparingLong(SocialServiceView::id))
                .forEach(service -> {
                    SocialServiceForm.WindowForm window = service.window();
                    sink.row(
                            service.id(),
                            service.kind().name(),
                            service.category().name(),
                            service.serviceCode(),
                            service.title(),
                            service.status().name(),
                            service.statusFrom(),
                            service.statusUntil(),
                            service.summary(),
                            joined(service.audiences().stream().map(Audience::name)),
                            service.allMunicipalities(),
                            joined(service.municipalities().stream()),
                            window == null ? null : window.opensOn(),
                            window == null ? null : window.closesOn(),
                            window == null ? null : window.budget(),
                            window == null || window.places() == null
                                    ? null
                                    : window.places().longValue());
                });
    }

    private static String joined(java.util.stream.Stream<String> values) {
        String joined = values.sorted().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
