package it.zona.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports for the national information systems and the mapping they classify lines by, for the
 * District's staff: viewers read and download, editors change the mapping. An export that
 * classifies lines answers 422, naming each unmapped line, until the mapping is complete.
 */
@RestController
@RequestMapping("/api/v1/plans/{id}/exports")
@Tag(name = "Exports")
class ExportsRestController {

    private static final String UNMAPPED =
            "A line of the plan is unmapped (the problem names each), or the year" + " is not one of the plan's";

    private final ExportMappingRegistry mappings;
    private final InformationSystemExports exports;

    ExportsRestController(ExportMappingRegistry mappings, InformationSystemExports exports) {
        this.mappings = mappings;
        this.exports = exports;
    }

    @GetMapping("/mapping")
    @Operation(
            summary = "The plan's mapping to the national classifications: each policy area's ISTAT survey area,"
                    + " each funding source's national category, each intervention's spending type, with what"
                    + " Zona proposes for each; version -1 when never saved (District viewer)")
    ResponseEntity<ExportMappingView> mapping(@PathVariable long id) {
        ExportMappingView view = mappings.view(id);
        return Versions.withEtag(view, view.version());
    }

    @PutMapping("/mapping")
    @Operation(
            summary = "Replace the plan's mapping: a choice per line, null (or left out) for unmapped; send"
                    + " If-Match or version (District editor)")
    ResponseEntity<ExportMappingView> saveMapping(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ExportMappingForm form) {
        ExportMappingView view = mappings.save(id, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(view, view.version());
    }

    @GetMapping(value = "/istat-matrix.csv", produces = FileFormat.CSV_TYPE)
    @Operation(
            summary = "For the ISTAT survey: intervention × funding source × year with survey area and spending"
                    + " type, planned, variations, committed, paid; RFC 4180 CSV in UTF-8 (District viewer)")
    @ApiResponse(responseCode = "422", description = UNMAPPED)
    ResponseEntity<byte[]> istatMatrixCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.ISTAT_MATRIX, year, FileFormat.CSV)
                .response();
    }

    @GetMapping(value = "/istat-matrix.xlsx", produces = FileFormat.XLSX_TYPE)
    @Operation(summary = "The ISTAT matrix as a spreadsheet with typed cells and a totals row (District viewer)")
    @ApiResponse(responseCode = "422", description = UNMAPPED)
    ResponseEntity<byte[]> istatMatrixXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.ISTAT_MATRIX, year, FileFormat.XLSX)
                .response();
    }

    @GetMapping(value = "/funds.csv", produces = FileFormat.CSV_TYPE)
    @Operation(
            summary = "For the ministry's monitoring of the funds: each source's annuality by intervention, planned,"
                    + " committed, paid and the residues (planned − paid, committed − paid); CSV (District viewer)")
    @ApiResponse(responseCode = "422", description = UNMAPPED)
    ResponseEntity<byte[]> fundsCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.FUNDS, year, FileFormat.CSV).response();
    }

    @GetMapping(value = "/funds.xlsx", produces = FileFormat.XLSX_TYPE)
    @Operation(summary = "The funds by annuality as a spreadsheet (District viewer)")
    @ApiResponse(responseCode = "422", description = UNMAPPED)
    ResponseEntity<byte[]> fundsXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.FUNDS, year, FileFormat.XLSX).response();
    }

    @GetMapping(value = "/staffing.csv", produces = FileFormat.CSV_TYPE)
    @Operation(
            summary = "The staff by year and professional role in FTE, with each year's LEPS check on social"
                    + " workers; CSV (District viewer)")
    @ApiResponse(responseCode = "422", description = "The year is not one of the plan's")
    ResponseEntity<byte[]> staffingCsv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.STAFFING, year, FileFormat.CSV).response();
    }

    @GetMapping(value = "/staffing.xlsx", produces = FileFormat.XLSX_TYPE)
    @Operation(summary = "The staff and the LEPS check as a spreadsheet (District viewer)")
    @ApiResponse(responseCode = "422", description = "The year is not one of the plan's")
    ResponseEntity<byte[]> staffingXlsx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.download(id, ExportKind.STAFFING, year, FileFormat.XLSX).response();
    }
}
