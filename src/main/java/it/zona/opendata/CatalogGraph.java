package it.zona.opendata;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.opendata.CatalogPublisher.OpenDataContact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DCAT-AP_IT catalogue as an RDF graph: of one District (its datasets, whatever is missing from
 * its publisher) or of the installation (every District whose publisher is complete, so that what
 * dati.gov.it harvests conforms). Every address is under {@code zona.base-url}, and stable: the
 * catalogue {@code …/open-data/catalog}, a dataset its landing page with {@code #dataset}, its
 * distributions {@code #csv} and {@code #json}, the District's publisher, rights holder and contact
 * point fragments of its catalogue.
 */
@Component
class CatalogGraph {

    private static final List<Locale> LANGUAGES = List.of(Locale.ITALIAN, Locale.ENGLISH);

    /** A catalogue and when what it describes last changed. */
    record Catalog(Model model, Instant modified) {}

    private final OpenDatasets datasets;
    private final OpenDataPublisherRegistry publishers;
    private final DistrictRegistry districts;
    private final InstallationPublisher installation;
    private final MessageSource messages;

    CatalogGraph(
            OpenDatasets datasets,
            OpenDataPublisherRegistry publishers,
            DistrictRegistry districts,
            InstallationPublisher installation,
            MessageSource messages) {
        this.datasets = datasets;
        this.publishers = publishers;
        this.districts = districts;
        this.installation = installation;
        this.messages = messages;
    }

    /** One District's catalogue, complete or not. */
    @Transactional(readOnly = true)
    public Catalog district(String slug) {
        DistrictView district = districts.view(slug);
        CatalogPublisher publisher = publishers.catalogPublisher(district);
        Model model = DcatNodes.emptyModel();
        String uri = installation.url(OpenDataAddresses.catalog(slug));
        Resource agent = DcatNodes.agent(model, uri + "#publisher", publisher.publisher());
        List<Resource> described = new ArrayList<>();
        Instant modified = describe(model, district, publisher, described);
        Resource catalog = catalog(model, uri, agent, modified, described);
        text(catalog, DCTerms.title, "opendata.catalog.district.title", district.name());
        text(catalog, DCTerms.description, "opendata.catalog.district.description", district.name());
        catalog.addProperty(Dcat.HOMEPAGE, model.createResource(installation.url(OpenDataAddresses.page(slug))));
        return new Catalog(model, modified);
    }

    /** Refuses (404) the name of no District. */
    @Transactional(readOnly = true)
    public void requireDistrict(String slug) {
        districts.ref(slug);
    }

    /** The installation's catalogue: the datasets of every District whose publisher is complete. */
    @Transactional(readOnly = true)
    public Catalog installation() {
        Model model = DcatNodes.emptyModel();
        String uri = installation.url(OpenDataAddresses.INSTALLATION_CATALOG);
        Resource agent = DcatNodes.agent(model, uri + "#publisher", installation.agent());
        List<Resource> described = new ArrayList<>();
        Instant modified = Instant.EPOCH;
        for (DistrictRef ref : districts.refs()) {
            DistrictView district = districts.view(ref.slug());
            CatalogPublisher publisher = publishers.catalogPublisher(district);
            // A District left out still counts for the catalogue's date: completing its publisher
            // brings its datasets in, and an installation with none is not dated 1970.
            Instant changed = publisher.complete()
                    ? describe(model, district, publisher, described)
                    : datasets.lastModified(district.id()).orElse(Instant.EPOCH);
            modified = changed.isAfter(modified) ? changed : modified;
        }
        Resource catalog = catalog(model, uri, agent, modified, described);
        text(
                catalog,
                DCTerms.title,
                "opendata.catalog.installation.title",
                installation.agent().name());
        text(
                catalog,
                DCTerms.description,
                "opendata.catalog.installation.description",
                installation.agent().name());
        catalog.addProperty(Dcat.HOMEPAGE, model.createResource(installation.url(OpenDataAddresses.INSTALLATION_PAGE)));
        if (installation.email() != null) {
            catalog.addProperty(
                    Dcat.CONTACT_POINT,
                    DcatNodes.contact(
                            model,
                            uri + "#contact-point",
                            new OpenDataContact(
                                    installation.agent().name(), installation.email(), installation.url("/"))));
        }
        return new Catalog(model, modified);
    }

    /** Adds the District's datasets to {@code described}; answers when its data last changed. */
    private Instant describe(Model model, DistrictView district, CatalogPublisher publisher, List<Resource> described) {
        // Creating a District is audited, so a District always has a last change; EPOCH is never seen.
        Instant modified = datasets.lastModified(district.id()).orElse(Instant.EPOCH);
        String catalog = installation.url(OpenDataAddresses.catalog(district.slug()));
        Resource publisherNode = DcatNodes.agent(model, catalog + "#publisher", publisher.publisher());
        Resource holderNode = publisher.rightsHolder().equals(publisher.publisher())
                ? publisherNode
                : DcatNodes.agent(model, catalog + "#rights-holder", publisher.rightsHolder());
        Resource contactNode = DcatNodes.contact(model, catalog + "#contact-point", publisher.contact());
        Resource licence = DcatNodes.licence(model, publisher.licence());
        for (OpenDataset dataset : datasets.all()) {
            described.add(dataset(
                    model, district, dataset, publisher, publisherNode, holderNode, contactNode, licence, modified));
        }
        return modified;
    }

    private Resource dataset(
            Model model,
            DistrictView district,
            OpenDataset dataset,
            CatalogPublisher publisher,
            Resource publisherNode,
            Resource holderNode,
            Resource contactNode,
            Resource licence,
            Instant modified) {
        String landing = installation.url(OpenDataAddresses.dataset(district.slug(), dataset.key()));
        Resource node = model.createResource(landing + "#dataset")
                .addProperty(RDF.type, Dcat.DATASET)
                .addProperty(RDF.type, Dcat.DCAT_DATASET)
                .addProperty(DCTerms.identifier, identifier(publisher, district, dataset))
                .addProperty(DCTerms.modified, DcatNodes.date(model, modified))
                .addProperty(Dcat.THEME, model.createResource(dataset.theme().uri()))
                .addProperty(
                        DCTerms.accrualPeriodicity,
                        model.createResource(dataset.frequency().uri()).addProperty(RDF.type, DCTerms.Frequency))
                .addProperty(DCTerms.publisher, publisherNode)
                .addProperty(DCTerms.rightsHolder, holderNode)
                .addProperty(Dcat.CONTACT_POINT, contactNode)
                .addProperty(Dcat.LANDING_PAGE, model.createResource(landing));
        DcatNodes.languages(node);
        for (Locale language : LANGUAGES) {
            String title = message("opendata.dataset." + dataset.key() + ".title", language);
            node.addProperty(DCTerms.title, title + " – " + district.name(), language.getLanguage());
            node.addProperty(
                    DCTerms.description,
                    message("opendata.dataset." + dataset.key() + ".description", language),
                    language.getLanguage());
        }
        for (FileFormat format : FileFormat.values()) {
            node.addProperty(Dcat.DISTRIBUTION_PROPERTY, distribution(model, district, dataset, format, licence));
        }
        return node;
    }

    private Resource distribution(
            Model model, DistrictView district, OpenDataset dataset, FileFormat format, Resource licence) {
        String landing = installation.url(OpenDataAddresses.dataset(district.slug(), dataset.key()));
        Resource file =
                model.createResource(installation.url(OpenDataAddresses.file(district.slug(), dataset.key(), format)));
        Resource node = model.createResource(landing + "#" + format.extension())
                .addProperty(RDF.type, Dcat.DISTRIBUTION)
                .addProperty(RDF.type, Dcat.DCAT_DISTRIBUTION)
                .addProperty(DCTerms.format, model.createResource(Dcat.FILE_TYPES + format.fileType()))
                .addProperty(Dcat.MEDIA_TYPE, model.createResource(Dcat.MEDIA_TYPES + format.mediaType()))
                .addProperty(Dcat.ACCESS_URL, file)
                .addProperty(Dcat.DOWNLOAD_URL, file)
                .addProperty(DCTerms.license, licence);
        for (Locale language : LANGUAGES) {
            String title = message("opendata.dataset." + dataset.key() + ".title", language);
            node.addProperty(
                    DCTerms.title,
                    title + " – " + district.name() + " (" + format.fileType() + ")",
                    language.getLanguage());
        }
        return node;
    }

    private Resource catalog(Model model, String uri, Resource publisher, Instant modified, List<Resource> described) {
        Resource catalog = model.createResource(uri)
                .addProperty(RDF.type, Dcat.CATALOG)
                .addProperty(RDF.type, Dcat.DCAT_CATALOG)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.modified, DcatNodes.date(model, modified))
                .addProperty(Dcat.THEME_TAXONOMY, model.createResource(Dcat.DATA_THEMES));
        DcatNodes.languages(catalog);
        described.forEach(dataset -> catalog.addProperty(Dcat.DATASET_PROPERTY, dataset));
        return catalog;
    }

    /** As DCAT-AP_IT asks: the publisher's IPA code, a colon and a name unique within it. */
    private static String identifier(CatalogPublisher publisher, DistrictView district, OpenDataset dataset) {
        String local = district.slug() + "-" + dataset.key();
        return publisher.publisher().ipaCode() == null
                ? local
                : publisher.publisher().ipaCode() + ":" + local;
    }

    private void text(Resource node, org.apache.jena.rdf.model.Property property, String key, String argument) {
        for (Locale language : LANGUAGES) {
            node.addProperty(
                    property, messages.getMessage(key, new Object[] {argument}, language), language.getLanguage());
        }
    }

    /** A dataset's title or description; its key when a module forgot it (a test names the module). */
    private String message(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }
}
