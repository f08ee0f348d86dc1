package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogSyntaxTest {

    @Test
    void theClientsPreferredSyntaxIsChosenAndTurtleWhenItNamesNone() {
        assertThat(CatalogSyntax.accepted(null)).isEqualTo(CatalogSyntax.TURTLE);
        assertThat(CatalogSyntax.accepted("*/*")).isEqualTo(CatalogSyntax.TURTLE);
        assertThat(CatalogSyntax.accepted("text/html")).isEqualTo(CatalogSyntax.TURTLE);
        assertThat(CatalogSyntax.accepted("not a media type;;")).isEqualTo(CatalogSyntax.TURTLE);
        assertThat(CatalogSyntax.accepted("application/rdf+xml")).isEqualTo(CatalogSyntax.RDF_XML);
        assertThat(CatalogSyntax.accepted("text/turtle;q=0.4, application/ld+json;q=0.8"))
                .isEqualTo(CatalogSyntax.JSON_LD);
    }

    @Test
    void eachSyntaxHasTheExtensionOfItsAddress() {
        for (CatalogSyntax syntax : CatalogSyntax.values()) {
            assertThat(CatalogSyntax.of(syntax.extension())).isEqualTo(syntax);
            assertThat(CatalogSyntax.EXTENSIONS.split("\\|")).contains(syntax.extension());
        }
    }
}
