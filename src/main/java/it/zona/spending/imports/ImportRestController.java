package it.zona.spending.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import of an accounting export through the API, in one call: upload, mapping, preview or import. */
@RestController
@Tag(name = "Spending")
class ImportRestController {

    private final SpendingImports imports;

    ImportRestController(SpendingImports imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/plans/{planId}/spending-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import the accounting system's CSV export (District editor): the columns are given as"
                    + " zero-based indexes (kind, code, year, number, date, amount, taxCode, cig, cup, commitment,"
                    + " description) and numbers ITALIAN or ENGLISH, or guessed from the header when none is given;"
                    + " dryRun (default true) previews without keeping anything. The report lists every error by"
                    + " line; with any error nothing is imported (imported: false). A file already imported is 409")
    ImportReport upload(
            @PathVariable long planId,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Integer kind,
            @RequestParam(required = false) Integer code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer number,
            @RequestParam(required = false) Integer date,
            @RequestParam(required = false) Integer amount,
            @RequestParam(required = false) Integer taxCode,
            @RequestParam(required = false) Integer cig,
            @RequestParam(required = false) Integer cup,
            @RequestParam(required = false) Integer commitment,
            @RequestParam(required = false) Integer description,
            @RequestParam(required = false) NumberStyle numbers,
            @RequestParam(defaultValue = "true") boolean dryRun)
            throws IOException {
        StagedImport staged = imports.upload(planId, file.getOriginalFilename(), file.getBytes());
        ImportMapping mapping = kind == null && code == null && date == null && amount == null
                ? staged.guess()
                : new ImportMapping(
                        kind,
                        code,
                        year,
                        number,
                        date,
                        amount,
                        taxCode,
                        cig,
                        cup,
                        commitment,
                        description,
                        numbers == null ? staged.guess().numbers() : numbers);
        return dryRun ? imports.preview(staged.id(), mapping) : imports.run(staged.id(), mapping);
    }
}
