package it.zona.opendata;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
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

    /** The syntax an Accept header prefers among those offered, Turtle when it names none of them. */
    static CatalogSyntax accepted(String accept) {
        if (accept != null) {
            try {
                List<MediaType> asked = MediaType.parseMediaTypes(accept);
                asked.sort(
                        Comparator.comparingDouble(MediaType::getQualityValue).reversed());
                for (MediaType type : asked) {
                    for (CatalogSyntax syntax : values()) {
                        if (!type.isWildcardType() && type.isCompatibleWith(syntax.mediaType)) {
                            return syntax;
                        }
                    }
                }
            } catch (InvalidMediaTypeException unreadable) {
                return TURTLE;
            }
        }
        return TURTLE;
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
