package it.zona.opendata;

import it.zona.shared.Digests;
import it.zona.shared.web.PublicPage;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;

/**
 * The DCAT-AP_IT catalogues, public, for dati.gov.it to harvest: the installation's and each
 * District's, in Turtle, RDF/XML and JSON-LD. A harvester that already has the latest version gets
 * 304 (ETag of the bytes, Last-Modified of the data), and may keep a copy if it asks again each time.
 */
@Controller
class CatalogController {

    private final CatalogGraph catalogs;

    CatalogController(CatalogGraph catalogs) {
        this.catalogs = catalogs;
    }

    @PublicPage
    @GetMapping("/open-data/catalog.{extension:" + CatalogSyntax.EXTENSIONS + "}")
    ResponseEntity<byte[]> installation(@PathVariable String extension, WebRequest request) {
        return answer(catalogs.installation(), CatalogSyntax.of(extension), "catalog", request);
    }

    @PublicPage
    @GetMapping("/districts/{slug}/open-data/catalog.{extension:" + CatalogSyntax.EXTENSIONS + "}")
    ResponseEntity<byte[]> district(@PathVariable String slug, @PathVariable String extension, WebRequest request) {
        return answer(catalogs.district(slug), CatalogSyntax.of(extension), slug + "-catalog", request);
    }

    /**
     * The catalogue's own URI, as its graph names it: 303 to the syntax the client accepts (RDF/XML,
     * JSON-LD, or Turtle by default), as Linked Data asks of a URI that names a thing.
     */
    @GetMapping("/open-data/catalog")
    ResponseEntity<Void> installationResource(
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return seeOther(OpenDataAddresses.INSTALLATION_CATALOG, accept);
    }

    @GetMapping("/districts/{slug}/open-data/catalog")
    ResponseEntity<Void> districtResource(
            @PathVariable String slug, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        catalogs.requireDistrict(slug);
        return seeOther(OpenDataAddresses.catalog(slug), accept);
    }

    private static ResponseEntity<Void> seeOther(String catalog, String accept) {
        CatalogSyntax syntax = CatalogSyntax.accepted(accept);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(catalog + "." + syntax.extension()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static ResponseEntity<byte[]> answer(
            CatalogGraph.Catalog catalog, CatalogSyntax syntax, String name, WebRequest request) {
        byte[] body = syntax.write(catalog.model());
        String etag = "\"" + Digests.sha256Hex(body) + "\"";
        if (request.checkNotModified(etag, catalog.modified().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(syntax.mediaType())
                .eTag(etag)
                .lastModified(catalog.modified())
                .cacheControl(CacheControl.noCache().cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "." + syntax.extension() + "\"")
                .body(body);
    }
}
