package it.zona.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "The national ISTAT list (Fonte: Istat)")
class MunicipalityRestController {

    private final MunicipalityCatalog catalog;
    private final MunicipalityImport importer;

    MunicipalityRestController(MunicipalityCatalog catalog, MunicipalityImport importer) {
        this.catalog = catalog;
        this.importer = importer;
    }

    @GetMapping
    @Operation(summary = "Search current municipalities by name or ISTAT code")
    PageView<MunicipalityView> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return catalog.search(q, page, size);
    }

    @GetMapping("/{istatCode}")
    @Operation(summary = "One municipality by ISTAT code")
    MunicipalityView get(@PathVariable String istatCode) {
        return catalog.require(istatCode);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Re-import the ISTAT list from a CSV file (platform admin)")
    ResponseEntity<MunicipalityImport.Report> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return answer(importer.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Re-import the ISTAT list from a CSV body (platform admin)")
    ResponseEntity<MunicipalityImport.Report> importBody(@RequestBody String csv) throws IOException {
        return answer(importer.importCsv(new StringReader(csv)));
    }

    /** A file with errors is a refusal: 422 with the report, which lists each bad line. */
    private static ResponseEntity<MunicipalityImport.Report> answer(MunicipalityImport.Report report) {
        return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }
}
