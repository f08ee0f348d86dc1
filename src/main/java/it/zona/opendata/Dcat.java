package it.zona.opendata;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of DCAT-AP_IT (http://dati.gov.it/onto/dcatapit#) and of the vocabularies it builds on
 * that Jena's own vocabulary classes lack, and the EU's controlled vocabularies it requires.
 */
final class Dcat {

    static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    static final Resource CATALOG = type(DCATAPIT, "Catalog");
    static final Resource DATASET = type(DCATAPIT, "Dataset");
    static final Resource DISTRIBUTION = type(DCATAPIT, "Distribution");
    static final Resource AGENT = type(DCATAPIT, "Agent");
    static final Resource ORGANIZATION = type(DCATAPIT, "Organization");
    static final Resource LICENSE_DOCUMENT = type(DCATAPIT, "LicenseDocument");
    static final Property REFERENCE_DOC = ResourceFactory.createProperty(DCATAPIT, "referenceDoc");

    static final Resource DCAT_CATALOG = type(DCAT, "Catalog");
    static final Resource DCAT_DATASET = type(DCAT, "Dataset");
    static final Resource DCAT_DISTRIBUTION = type(DCAT, "Distribution");
    static final Property DATASET_PROPERTY = ResourceFactory.createProperty(DCAT, "dataset");
    static final Property DISTRIBUTION_PROPERTY = ResourceFactory.createProperty(DCAT, "distribution");
    static final Property THEME = ResourceFactory.createProperty(DCAT, "theme");
    static final Property THEME_TAXONOMY = ResourceFactory.createProperty(DCAT, "themeTaxonomy");
    static final Property CONTACT_POINT = ResourceFactory.createProperty(DCAT, "contactPoint");
    static final Property LANDING_PAGE = ResourceFactory.createProperty(DCAT, "landingPage");
    static final Property ACCESS_URL = ResourceFactory.createProperty(DCAT, "accessURL");
    static final Property DOWNLOAD_URL = ResourceFactory.createProperty(DCAT, "downloadURL");
    static final Property MEDIA_TYPE = ResourceFactory.createProperty(DCAT, "mediaType");

    static final Resource FOAF_AGENT = type(FOAF, "Agent");
    static final Property FOAF_NAME = ResourceFactory.createProperty(FOAF, "name");
    static final Property HOMEPAGE = ResourceFactory.createProperty(FOAF, "homepage");

    static final Resource VCARD_ORGANIZATION = type(VCARD, "Organization");
    static final Resource VCARD_KIND = type(VCARD, "Kind");
    static final Property FN = ResourceFactory.createProperty(VCARD, "fn");
    static final Property HAS_EMAIL = ResourceFactory.createProperty(VCARD, "hasEmail");
    static final Property HAS_URL = ResourceFactory.createProperty(VCARD, "hasURL");

    static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language/";
    static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private Dcat() {}

    private static Resource type(String namespace, String name) {
        return ResourceFactory.createResource(namespace + name);
    }
}
