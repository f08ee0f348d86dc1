package it.zona.opendata;

import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/** The RDF syntaxes a catalogue is written in, by the extension of its address. */
enum CatalogSyntax {
    TURTLE("ttl", new MediaType("text", "turtle", java.nio.charset.StandardCharsets.UTF_8), RDFFormat.TURTLE_PRETTY),
    RDF_XML(
            "rdf",
            new MediaType("application", "rdf+xml", java.nio.charset.StandardCharsets.UTF_8),
            RDFFormat.RDFXML_PRETTY),
    JSON_LD("jsonld", new MediaType("application", "ld+json"), RDFFormat.JSONLD11_PRETTY);

    /** The extensions of the catalogue's addresses, as a path variable's pattern. */
    static final String EXTENSIONS = "ttl|rdf|jsonld";

    private final String extension;
    private final MediaType mediaType;
    private final RDFFormat format;

    CatalogSyntax(String extension, MediaType mediaType, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    static CatalogSyntax of(String extension) {
        for (CatalogSyntax syntax : values()) {
            if (syntax.extension.equals(extension)) {
                return syntax;
            }
        }
        throw new IllegalArgumentException("No catalogue syntax has the extension " + extension);
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    byte[] write(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format);
        return out.toByteArray();
    }
}
