package it.zona.eligibility;

import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.SocialServiceView;
import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityView;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.RowSink;
import it.zona.opendata.UpdateFrequency;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The access criteria and ISEE bands of the District's services, public as the services' pages
 * show them: one row per criterion (and per band), with its kind and its values.
 *
 * <p>Rows of kind and values rather than the sentences the page shows: a dataset is read by programs,
 * which can filter the services open to people over 65, or compare ISEE thresholds, only on values;
 * a sentence says a criterion to a person, in one language. The Italian sentence of the page is
 * still given beside each, for people. A criterion is known by its service and its place in the
 * tree ({@code criteria.items[1].items[0]}), as the office's form and the API's errors name it;
 * {@code group} is how the criteria of its group combine (all of them, or any one).
 */
@Component
class ServiceCriteriaDataset {

    private static final Locale ITALIAN = Locale.ITALIAN;

    private static final List<DatasetColumn> COLUMNS = List.of(
            DatasetColumn.text("id"),
            DatasetColumn.integer("service_id"),
            DatasetColumn.text("path"),
            DatasetColumn.text("group"),
            DatasetColumn.text("kind"),
            DatasetColumn.text("parameters"),
            DatasetColumn.text("sentence"));

    private final ServiceCatalogue catalogue;
    private final ServiceCriteriaRegistry criteria;
    private final DistrictRegistry districts;
    private final MessageSource messages;
    private final JsonMapper json;

    ServiceCriteriaDataset(
            ServiceCatalogue catalogue,
            ServiceCriteriaRegistry criteria,
            DistrictRegistry districts,
            MessageSource messages,
            JsonMapper json) {
        this.catalogue = catalogue;
        this.criteria = criteria;
        this.districts = districts;
        this.messages = messages;
        this.json = json;
    }

    @Bean
    OpenDataset serviceCriteriaOpenData() {
        return new OpenDataset("service-criteria", 140, DataTheme.SOCI, UpdateFrequency.IRREG, COLUMNS, this::rows);
    }

    private void rows(DistrictRef district, RowSink sink) {
        List<SocialServiceView> services = catalogue.all(district.slug()).stream()
                .sorted(Comparator.comparingLong(SocialServiceView::id))
                .toList();
        Map<Long, ServiceCriteriaRegistry.Described> described =
                criteria.described(services.stream().map(SocialServiceView::id).toList());
        Map<String, String> names = districts.view(district.slug()).municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name, (a, b) -> a));
        Phrases phrases = new Phrases(messages, ITALIAN, names);
        for (SocialServiceView service : services) {
            ServiceCriteriaRegistry.Described found = described.get(service.id());
            if (found == null) {
                continue;
            }
            if (found.criteria() != null) {
                leaves(service.id(), found.criteria(), "criteria", null, phrases, sink);
            }
            if (found.bands() != null) {
                bands(service.id(), found.bands(), phrases, sink);
            }
        }
    }

    private void leaves(
            long service, AccessCriteria node, String path, Combinator group, Phrases phrases, RowSink sink) {
        if (node instanceof Group inner) {
            for (int i = 0; i < inner.items().size(); i++) {
                leaves(service, inner.items().get(i), path + ".items[" + i + "]", inner.combinator(), phrases, sink);
            }
            return;
        }
        ObjectNode values = (ObjectNode) json.valueToTree(node);
        String kind = values.path("kind").asString(node.getClass().getSimpleName());
        values.remove("kind");
        Phrases.Said said = ((AccessCriteria.Leaf) node).describe(phrases);
        sink.row(
                service + ":" + path,
                service,
                path,
                group == null ? null : group.name(),
                kind,
                values.toString(),
                said.data() == null ? said.words() : said.words() + " " + said.data());
    }

    private void bands(long service, Bands bands, Phrases phrases, RowSink sink) {
        List<Phrases.BandRow> rows = phrases.table(bands).rows();
        for (int i = 0; i < bands.items().size(); i++) {
            Bands.Band band = bands.items().get(i);
            ObjectNode values = json.createObjectNode();
            values.put("bandKind", bands.kind().name());
            values.put("iseeType", bands.type().name());
            values.put("iseeUpTo", band.iseeUpTo());
            values.put("value", band.value());
            String path = "bands.items[" + i + "]";
            sink.row(
                    service + ":" + path,
                    service,
                    path,
                    null,
                    "iseeBand",
                    values.toString(),
                    rows.get(i).isee() + ": " + rows.get(i).value() + " €");
        }
    }
}
