package it.zona.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.ZonaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DCAT-AP_IT catalogues as dati.gov.it harvests them: the same graph in Turtle, RDF/XML and
 * JSON-LD, conforming to the shapes of the profile's mandatory properties, every dataset of every
 * module in it with the addresses of its page and files.
 */
@ZonaIntegrationTest
class DcatCatalogTest {

    private static final Map<String, Lang> SYNTAXES =
            Map.of("ttl", Lang.TURTLE, "rdf", Lang.RDFXML, "jsonld", Lang.JSONLD);
    private static final Map<String, String> MEDIA_TYPES =
            Map.of("ttl", "text/turtle", "rdf", "application/rdf+xml", "jsonld", "application/ld+json");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OpenDatasets datasets;

    @Autowired
    MessageSource messages;

    @Value("${zona.base-url}")
    String base;

    @Test
    void aDistrictsCatalogueReadsTheSameInEverySyntaxAndConforms() throws Exception {
        TestDistrict district = publishedDistrict();
        Model catalog = sameInEverySyntax("/districts/" + district.slug() + "/open-data/catalog");
        DcatShapes.assertConforms(catalog);
        Resource node = catalog.getResource(base + "/districts/" + district.slug() + "/open-data/catalog");
        assertThat(node.hasProperty(RDF.type, Dcat.CATALOG)).isTrue();
        assertThat(node.listProperties(Dcat.DATASET_PROPERTY).toList())
                .hasSize(datasets.all().size());
    }

    @Test
    void theInstallationsCatalogueReadsTheSameInEverySyntaxConformsAndHoldsEveryCompleteDistrict() throws Exception {
        TestDistrict district = publishedDistrict();
        Model catalog = sameInEverySyntax("/open-data/catalog");
        DcatShapes.assertConforms(catalog);
        Resource node = catalog.getResource(base + "/open-data/catalog");
        assertThat(node.getProperty(DCTerms.publisher)
                        .getResource()
                        .getProperty(DCTerms.identifier)
                        .getString())
                .isEqualTo("r_prova");
        assertThat(node.hasProperty(
                        Dcat.DATASET_PROPERTY,
                        catalog.getResource(landingPage(district, "municipalities") + "#dataset")))
                .isTrue();
    }

    @Test
    void everyDatasetIsDescribedWithItsPageAsLandingPageAndItsFilesAsDistributions() throws Exception {
        TestDistrict district = publishedDistrict();
        Model catalog = read("/districts/" + district.slug() + "/open-data/catalog.ttl", Lang.TURTLE);
        assertThat(datasets.all()).isNotEmpty();
        for (OpenDataset dataset : datasets.all()) {
            String landing = landingPage(district, dataset.key());
            Resource node = catalog.getResource(landing + "#dataset");
            assertThat(node.hasProperty(RDF.type, Dcat.DATASET))
                    .as(dataset.key())
                    .isTrue();
            assertThat(node.getProperty(Dcat.LANDING_PAGE).getResource().getURI())
                    .isEqualTo(landing);
            assertThat(node.getProperty(Dcat.THEME).getResource().getURI())
                    .isEqualTo(dataset.theme().uri());
            assertThat(node.getProperty(DCTerms.accrualPeriodicity)
                            .getResource()
                            .getURI())
                    .isEqualTo(dataset.frequency().uri());
            assertThat(node.getProperty(DCTerms.identifier).getString())
                    .matches("c_[a-z]\\d{3}:" + district.slug() + "-" + dataset.key());
            List<String> downloads = node.listProperties(Dcat.DISTRIBUTION_PROPERTY).toList().stream()
                    .map(d -> d.getResource()
                            .getProperty(Dcat.DOWNLOAD_URL)
                            .getResource()
                            .getURI())
                    .sorted()
                    .toList();
            assertThat(downloads).containsExactly(landing + ".csv", landing + ".json");
            for (Locale language : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                for (String part : List.of("title", "description")) {
                    String key = "opendata.dataset." + dataset.key() + "." + part;
                    assertThat(messages.getMessage(key, null, null, language))
                            .as("%s in %s", key, language)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void aCatalogueWithADatasetWithoutLicenceOrRightsHolderFailsTheShapes() throws Exception {
        TestDistrict district = publishedDistrict();
        String path = "/districts/" + district.slug() + "/open-data/catalog.ttl";
        Resource dataset = ResourceOf.dataset(base, district, "municipalities");

        Model withoutLicence = read(path, Lang.TURTLE);
        withoutLicence.getResource(dataset.getURI()).listProperties(Dcat.DISTRIBUTION_PROPERTY).toList().stream()
                .map(d -> d.getResource())
                .toList()
                .forEach(d -> d.removeAll(DCTerms.license));
        ValidationReport noLicence = DcatShapes.validate(withoutLicence);
        assertThat(noLicence.conforms()).isFalse();
        assertThat(DcatShapes.violatedPaths(noLicence)).containsExactly("dct:license");

        Model withoutHolder = read(path, Lang.TURTLE);
        withoutHolder.getResource(dataset.getURI()).removeAll(DCTerms.rightsHolder);
        ValidationReport noHolder = DcatShapes.validate(withoutHolder);
        assertThat(noHolder.conforms()).isFalse();
        assertThat(DcatShapes.violatedPaths(noHolder)).containsExactly("dct:rightsHolder");
    }

    /**
     * The fixtures' District is an agreement led by a municipality, with no e-mail: its catalogue
     * names the lead municipality by its IPA code, but lacks the contact point's e-mail, which the
     * shapes catch and the settings page names; the installation's catalogue leaves it out.
     */
    @Test
    void aDistrictWithoutSettingsIsServedSaysWhatIsMissingAndStaysOutOfTheInstallationsCatalogue() throws Exception {
        TestDistrict district = fixtures.district();
        Model catalog = read("/districts/" + district.slug() + "/open-data/catalog.ttl", Lang.TURTLE);
        ValidationReport report = DcatShapes.validate(catalog);
        assertThat(DcatShapes.violatedPaths(report)).containsExactly("vcard:hasEmail");
        Resource publisher =
                catalog.getResource(base + "/districts/" + district.slug() + "/open-data/catalog#publisher");
        assertThat(publisher.getProperty(DCTerms.identifier).getString()).matches("c_[a-z]\\d{3}");
        assertThat(publisher.getProperty(Dcat.FOAF_NAME).getString()).startsWith("Comune di ");

        Model installation = read("/open-data/catalog.ttl", Lang.TURTLE);
        assertThat(installation.containsResource(ResourceOf.dataset(base, district, "municipalities")))
                .isFalse();

        String page = fixtures.signIn(district.admin())
                .get("/districts/" + district.slug() + "/open-data/settings")
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(messages.getMessage("opendata.settings.missing.contactEmail", null, Locale.ITALIAN));
    }

    /**
     * A District left out of the installation's catalogue still dates it: completing that District's
     * publisher brings its datasets in, and a harvester must not keep the catalogue it had.
     */
    @Test
    void aChangeInADistrictLeftOutStillDatesTheInstallationsCatalogue() throws Exception {
        publishedDistrict();
        TestDistrict leftOut = fixtures.district();
        Thread.sleep(1100); // Last-Modified counts whole seconds: the change below is the latest of all
        fixtures.api(leftOut.admin())
                .put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"licence":"CC0_1_0","version":-1}""", leftOut.slug())
                .andExpect(status().isOk());
        Instant change = datasets.lastModified(leftOut.id()).orElseThrow();

        MockHttpServletResponse catalog =
                mvc.perform(get("/open-data/catalog.ttl")).andReturn().getResponse();

        assertThat(catalog.getDateHeader(HttpHeaders.LAST_MODIFIED))
                .isEqualTo(change.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        assertThat(catalog.getContentAsString()).doesNotContain("/districts/" + leftOut.slug() + "/open-data/");
    }

    @Test
    void aHarvesterThatHasTheLatestCatalogueGetsNotModified() throws Exception {
        TestDistrict district = publishedDistrict();
        String path = "/districts/" + district.slug() + "/open-data/catalog.ttl";
        MockHttpServletResponse first = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache");
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
        String etag = first.getHeader(HttpHeaders.ETAG);
        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                .andExpect(status().isNotModified());

        fixtures.api(district.admin())
                .put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"contactEmail":"altro@example.org","licence":"CC0_1_0","version":0}""", district.slug())
                .andExpect(status().isOk());
        MockHttpServletResponse changed = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(changed.getContentAsString()).contains("A11_CCO10").contains("mailto:altro@example.org");
    }

    @Test
    void theCataloguesOwnUriLeadsToTheSyntaxTheClientAccepts() throws Exception {
        TestDistrict district = fixtures.district();
        String catalog = "/districts/" + district.slug() + "/open-data/catalog";
        mvc.perform(get(catalog))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", catalog + ".ttl"));
        mvc.perform(get(catalog).header(HttpHeaders.ACCEPT, "application/ld+json, text/turtle;q=0.5"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", catalog + ".jsonld"));
        mvc.perform(get("/open-data/catalog").header(HttpHeaders.ACCEPT, "text/html, application/rdf+xml;q=0.9"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/open-data/catalog.rdf"));
        mvc.perform(get("/districts/no-such-district/open-data/catalog")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownDistrictHasNoCatalogue() throws Exception {
        mvc.perform(get("/districts/no-such-district/open-data/catalog.ttl")).andExpect(status().isNotFound());
    }

    /** A District whose admin has given the contact e-mail its catalogue lacked. */
    private TestDistrict publishedDistrict() throws Exception {
        TestDistrict district = fixtures.district();
        fixtures.api(district.admin())
                .put("/api/v1/districts/{slug}/open-data/publisher", """
                        {"contactEmail":"udp@example.org","licence":"CC_BY_4_0","version":-1}""", district.slug())
                .andExpect(status().isOk());
        return district;
    }

    /** The catalogue at {@code path} in the three syntaxes, with their media types: one graph. */
    private Model sameInEverySyntax(String path) throws Exception {
        Model turtle = read(path + ".ttl", Lang.TURTLE);
        for (String extension : List.of("rdf", "jsonld")) {
            Model other = read(path + "." + extension, SYNTAXES.get(extension));
            assertThat(other.isIsomorphicWith(turtle))
                    .as(extension + " against ttl")
                    .isTrue();
        }
        return turtle;
    }

    private Model read(String path, Lang lang) throws Exception {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        MockHttpServletResponse response =
                mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(MEDIA_TYPES.get(extension));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.getContentAsByteArray()))
                .lang(lang)
                .parse(model);
        return model;
    }

    private String landingPage(TestDistrict district, String key) {
        return base + "/districts/" + district.slug() + "/open-data/" + key;
    }

    private static final class ResourceOf {
        static Resource dataset(String base, TestDistrict district, String key) {
            return ModelFactory.createDefaultModel()
                    .createResource(base + "/districts/" + district.slug() + "/open-data/" + key + "#dataset");
        }
    }
}
