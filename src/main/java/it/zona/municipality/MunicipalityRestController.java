package it.zona.municipality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import it.zona.shared.web.Problems;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

    private final MunicipalityRegistry catalog;
    private final MunicipalityImport importer;
    private final Problems problems;

    MunicipalityRestController(MunicipalityRegistry catalog, MunicipalityImport importer, Problems problems) {
        this.problems = problems;
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
    ResponseEntity<Object> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return answer(importer.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Re-import the ISTAT list from a CSV body (platform admin)")
    ResponseEntity<Object> importBody(@RequestBody String csv) throws IOException {
        return answer(importer.importCsv(new StringReader(csv)));
    }

    /**
     * A file with errors is a refusal: 422, a problem detail like every API error, carrying the
     * report's list of bad lines.
     */
    private ResponseEntity<Object> answer(MunicipalityImport.Report report) {
        if (report.applied()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "import-refused",
                "error.municipality.importRefused",
                report.errors().size());
        problem.setProperty("applied", false);
        problem.setProperty("rows", report.rows());
        problem.setProperty("errors", report.errors());
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
