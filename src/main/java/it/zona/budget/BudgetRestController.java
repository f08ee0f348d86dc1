package it.zona.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.plan.PlanChange;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan's budget lines, its co-funding rule and the budget overview. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Plan budget")
class BudgetRestController {

    private final BudgetRegistry budget;
    private final Cofunding cofunding;
    private final BudgetReport report;

    BudgetRestController(BudgetRegistry budget, Cofunding cofunding, BudgetReport report) {
        this.budget = budget;
        this.cofunding = cofunding;
        this.report = report;
    }

    @GetMapping("/budget")
    @Operation(
            summary = "Budget totals by year, funding source, area and municipality share; LEPS check;"
                    + " comparison with the previous plan")
    BudgetOverview overview(@PathVariable long planId) {
        return report.overview(planId);
    }

    @GetMapping("/budget-lines")
    @Operation(summary = "The plan's budget lines, narrowed by year, intervention or funding source")
    List<BudgetLineView> lines(
            @PathVariable long planId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long intervention,
            @RequestParam(required = false) Long source) {
        return budget.list(planId, year, intervention, source);
    }

    @PostMapping("/budget-lines")
    @Operation(summary = "Add a budget line: an intervention, a year it runs, a funding source, an amount in euros")
    ResponseEntity<BudgetLineView> create(
            @PathVariable long planId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody BudgetLineForm form) {
        BudgetLineView created = budget.create(planId, form, reason);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget-lines/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/budget-lines/{lineId}")
    ResponseEntity<BudgetLineView> get(@PathVariable long planId, @PathVariable long lineId) {
        BudgetLineView line = budget.get(planId, lineId);
        return Versions.withEtag(line, line.version());
    }

    @PutMapping("/budget-lines/{lineId}")
    @Operation(summary = "Change a budget line; send If-Match or version")
    ResponseEntity<BudgetLineView> update(
            @PathVariable long planId,
            @PathVariable long lineId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody BudgetLineForm form) {
        BudgetLineView updated =
                budget.update(planId, lineId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/budget-lines/{lineId}")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @PathVariable long lineId,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason) {
        budget.delete(planId, lineId, reason);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cofunding")
    @Operation(summary = "How the municipalities share the municipal co-funding, with each year's shares")
    ResponseEntity<CofundingView> cofunding(@PathVariable long planId) {
        CofundingView view = cofunding.view(planId);
        return Versions.withEtag(view, view.version());
    }

    @PutMapping("/cofunding")
    @Operation(
            summary = "Set the co-funding method: POPULATION, PER_CAPITA (perCapitaQuota) or AGREED (weights,"
                    + " percent by ISTAT code adding up to 100); a plan never set has version -1")
    ResponseEntity<CofundingView> updateCofunding(
            @PathVariable long planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = PlanChange.REASON_HEADER, required = false) String reason,
            @Valid @RequestBody CofundingForm form) {
        CofundingView updated = cofunding.update(planId, form, Versions.expected(ifMatch, form.version()), reason);
        return Versions.withEtag(updated, updated.version());
    }
}
