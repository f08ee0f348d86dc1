package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** The shapes of DCAT-AP_IT's mandatory properties that Zona ships, and checks against them. */
final class DcatShapes {

    static final Shapes SHAPES = load();

    private DcatShapes() {}

    static ValidationReport validate(Model catalog) {
        return ShaclValidator.get().validate(SHAPES, catalog.getGraph());
    }

    static void assertConforms(Model catalog) {
        ValidationReport report = validate(catalog);
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    /** The paths of the properties the report finds wrong, as prefixed names (dct:license). */
    static List<String> violatedPaths(ValidationReport report) {
        return report.getEntries().stream()
                .map(entry -> entry.resultPath() == null
                        ? "(node) " + entry.message()
                        : SHAPES.getGraph()
                                .getPrefixMapping()
                                .shortForm(entry.resultPath().toString().replaceAll("[<>]", "")))
                .distinct()
                .sorted()
                .toList();
    }

    static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder("SHACL violations:\n");
        report.getEntries()
                .forEach(entry -> text.append(entry.focusNode())
                        .append(' ')
                        .append(entry.resultPath())
                        .append(": ")
                        .append(entry.message())
                        .append('\n'));
        return text.toString();
    }

    private static Shapes load() {
        try (InputStream in = DcatShapes.class.getResourceAsStream("/opendata/dcat-ap_it-shapes.ttl")) {
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return Shapes.parse(graph);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
