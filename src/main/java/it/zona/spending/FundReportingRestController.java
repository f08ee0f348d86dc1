package it.zona.spending;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan's fund annualities with their money and reporting: viewers read, editors record. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/fund-annualities")
@Tag(name = "Spending")
class FundReportingRestController {

    private final FundReporting reporting;

    FundReportingRestController(FundReporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping
    @Operation(
            summary = "The plan's fund annualities (each funding source in each year its lines use): allowance,"
                    + " committed, paid, unpaid, reporting deadline and report (District viewer)")
    List<FundAnnualityView> list(@PathVariable long planId) {
        return reporting.of(planId);
    }

    @GetMapping("/{fundingSourceId}/{year}")
    @Operation(summary = "One fund annuality; version -1 while nothing is recorded of it (District viewer)")
    ResponseEntity<FundAnnualityView> one(
            @PathVariable long planId, @PathVariable long fundingSourceId, @PathVariable int year) {
        FundAnnualityView annuality = reporting.one(planId, fundingSourceId, year);
        return Versions.withEtag(annuality, annuality.version());
    }

    @PutMapping("/{fundingSourceId}/{year}")
    @Operation(
            summary = "Record the annuality's reporting deadline and, once sent, the day and act of its report;"
                    + " the plan must be approved; send If-Match or version (District editor)")
    ResponseEntity<FundAnnualityView> record(
            @PathVariable long planId,
            @PathVariable long fundingSourceId,
            @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FundAnnualityForm form) {
        FundAnnualityView annuality =
                reporting.record(planId, fundingSourceId, year, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(annuality, annuality.version());
    }
}
