package it.zona.opendata;

import it.zona.opendata.CatalogPublisher.OpenDataAgent;
import it.zona.opendata.CatalogPublisher.OpenDataContact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/** The nodes of a DCAT-AP_IT catalogue that are the same in every catalogue: bodies, contacts, licences, dates. */
final class DcatNodes {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private DcatNodes() {}

    /** A body: dct:identifier is its IPA code, left out when not known (the catalogue then lacks it). */
    static Resource agent(Model model, String uri, OpenDataAgent agent) {
        Resource node = model.createResource(uri)
                .addProperty(RDF.type, Dcat.AGENT)
                .addProperty(RDF.type, Dcat.FOAF_AGENT)
                .addProperty(Dcat.FOAF_NAME, agent.name(), "it");
        if (agent.ipaCode() != null) {
            node.addProperty(DCTerms.identifier, agent.ipaCode());
        }
        return node;
    }

    static Resource contact(Model model, String uri, OpenDataContact contact) {
        Resource node = model.createResource(uri)
                .addProperty(RDF.type, Dcat.ORGANIZATION)
                .addProperty(RDF.type, Dcat.VCARD_ORGANIZATION)
                .addProperty(RDF.type, Dcat.VCARD_KIND)
                .addProperty(Dcat.FN, contact.name(), "it");
        if (contact.email() != null) {
            node.addProperty(Dcat.HAS_EMAIL, model.createResource("mailto:" + contact.email()));
        }
        if (contact.url() != null) {
            node.addProperty(Dcat.HAS_URL, model.createResource(contact.url()));
        }
        return node;
    }

    static Resource licence(Model model, Licence licence) {
        return model.createResource(licence.uri())
                .addProperty(RDF.type, Dcat.LICENSE_DOCUMENT)
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, model.createResource(licence.typeUri()))
                .addProperty(Dcat.FOAF_NAME, licence.italianName(), "it")
                .addProperty(Dcat.FOAF_NAME, licence.englishName(), "en")
                .addProperty(OWL.versionInfo, licence.version())
                .addProperty(Dcat.REFERENCE_DOC, licence.referenceDoc(), XSDDatatype.XSDanyURI);
    }

    static void languages(Resource node) {
        node.addProperty(DCTerms.language, node.getModel().createResource(Dcat.LANGUAGES + "ITA"));
        node.addProperty(DCTerms.language, node.getModel().createResource(Dcat.LANGUAGES + "ENG"));
    }

    static Literal date(Model model, Instant instant) {
        return model.createTypedLiteral(LocalDate.ofInstant(instant, ROME).toString(), XSDDatatype.XSDdate);
    }

    static Model emptyModel() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcatapit", Dcat.DCATAPIT);
        model.setNsPrefix("dcat", Dcat.DCAT);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", Dcat.FOAF);
        model.setNsPrefix("vcard", Dcat.VCARD);
        model.setNsPrefix("owl", OWL.NS);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("rdf", RDF.uri);
        return model;
    }
}
