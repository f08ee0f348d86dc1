package it.zona.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.shared.web.PublicPage;
import it.zona.shared.web.PublicPages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A District's open data through the API: the list of its datasets with their metadata, and each
 * dataset as CSV or JSON, chosen by {@code Accept} or by the address's extension. Public; the files
 * are streamed, with {@code ETag}, {@code Last-Modified} and 304 (see {@link OpenDataFiles}).
 */
@RestController
@Tag(name = "Open data")
class OpenDataRestController {

    static final String CSV = "text/csv";

    private final OpenDatasets datasets;
    private final DistrictRegistry districts;
    private final DatasetTexts texts;
    private final OpenDataFiles files;

    OpenDataRestController(OpenDatasets datasets, DistrictRegistry districts, DatasetTexts texts, OpenDataFiles files) {
        this.datasets = datasets;
        this.districts = districts;
        this.texts = texts;
        this.files = files;
    }

    @PublicPage
    @GetMapping("/api/v1/districts/{slug}/open-data")
    @Operation(summary = "The District's open datasets, with their columns, licence and the addresses of their files")
    List<OpenDatasetView> list(@PathVariable String slug) {
        DistrictRef district = districts.ref(slug);
        PublicPages.about(district.id());
        Instant changed = datasets.lastModified(district.id()).orElse(null);
        return datasets.all().stream()
                .map(dataset -> texts.view(dataset, district, changed))
                .toList();
    }

    @GetMapping(
            value = "/api/v1/districts/{slug}/open-data/{dataset}",
            produces = {CSV, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One dataset of the District, as CSV or JSON by the Accept header")
    void negotiated(
            @PathVariable String slug,
            @PathVariable String dataset,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        files.answer(files.find(slug, dataset), chosen(accept), true, request, response);
    }

    @GetMapping("/api/v1/districts/{slug}/open-data/{dataset}.csv")
    @Operation(summary = "One dataset of the District as CSV (RFC 4180, UTF-8, with a header row)")
    void csv(
            @PathVariable String slug,
            @PathVariable String dataset,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        files.answer(files.find(slug, dataset), DatasetFormat.CSV, false, request, response);
    }

    @GetMapping("/api/v1/districts/{slug}/open-data/{dataset}.json")
    @Operation(summary = "One dataset of the District as JSON (an array of objects keyed by column name)")
    void json(
            @PathVariable String slug,
            @PathVariable String dataset,
            ServletWebRequest request,
            HttpServletResponse response)
            throws IOException {
        files.answer(files.find(slug, dataset), DatasetFormat.JSON, false, request, response);
    }

    /**
     * The format the client prefers: the higher quality, then the more specific of the ranges that
     * name it, JSON when nothing tells them apart (no Accept, or {@code *}{@code /*}). Spring has
     * already answered 406 when the client accepts neither.
     */
    static DatasetFormat chosen(String accept) {
        if (accept == null || accept.isBlank()) {
            return DatasetFormat.JSON;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        double[] csv = preference(accepted, DatasetFormat.CSV.mediaType());
        double[] json = preference(accepted, DatasetFormat.JSON.mediaType());
        if (csv[0] != json[0]) {
            return csv[0] > json[0] ? DatasetFormat.CSV : DatasetFormat.JSON;
        }
        return csv[1] > json[1] ? DatasetFormat.CSV : DatasetFormat.JSON;
    }

    /** The quality the most specific range including {@code type} gives it, and that range's specificity. */
    private static double[] preference(List<MediaType> accepted, MediaType type) {
        double quality = 0;
        int specificity = -1;
        for (MediaType range : accepted) {
            if (!range.includes(type)) {
                continue;
            }
            int specific = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (specific > specificity) {
                specificity = specific;
                quality = range.getQualityValue();
            }
        }
        return new double[] {quality, specificity};
    }
}
