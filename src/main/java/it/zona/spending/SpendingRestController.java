package it.zona.spending;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spending against the budget lines, for the District's staff: viewers read, editors record. Entries
 * are never changed (no PUT, no DELETE): a correction is POSTed to the entry's {@code corrections}
 * with the signed difference, and the entry answers with it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Spending")
class SpendingRestController {

    private final SpendingLedger ledger;

    SpendingRestController(SpendingLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/plans/{planId}/spending")
    @Operation(
            summary = "The plan's spending by line, year, funding source and area: planned, variations, committed,"
                    + " paid, residue; entries dated up to asOf when given (District viewer)")
    PlanSpending plan(
            @PathVariable long planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ledger.plan(planId, asOf);
    }

    @GetMapping("/budget-lines/{lineId}/spending")
    @Operation(summary = "A budget line with its accounting code and its figures (District viewer)")
    LineSpending line(@PathVariable long lineId) {
        return ledger.line(lineId);
    }

    @GetMapping("/budget-lines/{lineId}/accounting-code")
    @Operation(
            summary = "The line's code in the accounting system (its capitolo), by which the CSV import finds"
                    + " it; version -1 when never set (District viewer)")
    ResponseEntity<AccountingCodeView> accountingCode(@PathVariable long lineId) {
        AccountingCodeView code = ledger.accountingCode(lineId);
        return Versions.withEtag(code, code.version());
    }

    @PutMapping("/budget-lines/{lineId}/accounting-code")
    @Operation(
            summary = "Set the line's accounting code, unique among the plan's lines of the same year; blank"
                    + " removes it; send If-Match or version (District editor)")
    ResponseEntity<AccountingCodeView> setAccountingCode(
            @PathVariable long lineId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AccountingCodeForm form) {
        AccountingCodeView code = ledger.setAccountingCode(lineId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(code, code.version());
    }

    @GetMapping("/budget-lines/{lineId}/commitments")
    @Operation(summary = "The line's commitments, in the order of their acts, a page at a time (District viewer)")
    PageView<CommitmentView> commitments(
            @PathVariable long lineId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return ledger.commitments(lineId, page, PageView.size(size, SpendingLedger.PAGE_SIZE));
    }

    @PostMapping("/budget-lines/{lineId}/commitments")
    @Operation(
            summary = "Record a commitment (impegno) on the line of an approved plan: refused (422) beyond the"
                    + " line's planned amount and variations (District editor)")
    ResponseEntity<CommitmentView> commit(@PathVariable long lineId, @Valid @RequestBody CommitmentForm form) {
        CommitmentView created = ledger.commit(lineId, form);
        return ResponseEntity.created(URI.create("/api/v1/commitments/" + created.id()))
                .body(created);
    }

    @GetMapping("/commitments/{id}")
    @Operation(summary = "A commitment with its corrections, what was de-committed and paid, and its residue")
    CommitmentView commitment(@PathVariable long id) {
        return ledger.commitment(id);
    }

    @PostMapping("/commitments/{id}/corrections")
    @Operation(
            summary = "Correct a commitment by the signed difference, with the day and the reason; the commitment"
                    + " itself never changes (District editor)")
    CommitmentView correctCommitment(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
        return ledger.correctCommitment(id, form);
    }

    @GetMapping("/commitments/{id}/payments")
    @Operation(summary = "The payments against a commitment, a page at a time (District viewer)")
    PageView<PaymentView> payments(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return ledger.payments(id, page, PageView.size(size, SpendingLedger.PAGE_SIZE));
    }

    @PostMapping("/commitments/{id}/payments")
    @Operation(
            summary = "Record a payment (liquidazione or mandato) against a commitment: refused (422) beyond what"
                    + " the commitment still holds (District editor)")
    ResponseEntity<PaymentView> pay(@PathVariable long id, @Valid @RequestBody PaymentForm form) {
        PaymentView created = ledger.pay(id, form);
        return ResponseEntity.created(URI.create("/api/v1/payments/" + created.id()))
                .body(created);
    }

    @GetMapping("/payments/{id}")
    @Operation(summary = "A payment with its corrections (District viewer)")
    PaymentView payment(@PathVariable long id) {
        return ledger.payment(id);
    }

    @PostMapping("/payments/{id}/corrections")
    @Operation(
            summary = "Correct a payment by the signed difference (minus its amount reverses it), with the day and"
                    + " the reason (District editor)")
    PaymentView correctPayment(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
        return ledger.correctPayment(id, form);
    }

    @GetMapping("/commitments/{id}/decommitments")
    @Operation(summary = "The de-commitments of a commitment, a page at a time (District viewer)")
    PageView<DecommitmentView> decommitments(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return ledger.decommitments(id, page, PageView.size(size, SpendingLedger.PAGE_SIZE));
    }

    @PostMapping("/commitments/{id}/decommitments")
    @Operation(
            summary = "Record a de-commitment (disimpegno) of a commitment, at most what is neither paid nor"
                    + " de-committed (District editor)")
    ResponseEntity<DecommitmentView> decommit(@PathVariable long id, @Valid @RequestBody DecommitmentForm form) {
        DecommitmentView created = ledger.decommit(id, form);
        return ResponseEntity.created(URI.create("/api/v1/decommitments/" + created.id()))
                .body(created);
    }

    @GetMapping("/decommitments/{id}")
    @Operation(summary = "A de-commitment with its corrections (District viewer)")
    DecommitmentView decommitment(@PathVariable long id) {
        return ledger.decommitment(id);
    }

    @PostMapping("/decommitments/{id}/corrections")
    @Operation(
            summary = "Correct a de-commitment by the signed difference, with the day and the reason (District editor)")
    DecommitmentView correctDecommitment(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
        return ledger.correctDecommitment(id, form);
    }

    @GetMapping("/budget-lines/{lineId}/variations")
    @Operation(summary = "The line's budget variations, a page at a time (District viewer)")
    PageView<VariationView> variations(
            @PathVariable long lineId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return ledger.variations(lineId, page, PageView.size(size, SpendingLedger.PAGE_SIZE));
    }

    @PostMapping("/budget-lines/{lineId}/variations")
    @Operation(
            summary = "Record a budget variation with its act: the amount added to the line's allowance, negative"
                    + " to take money away, never below what is committed (District editor)")
    ResponseEntity<VariationView> vary(@PathVariable long lineId, @Valid @RequestBody VariationForm form) {
        VariationView created = ledger.vary(lineId, form);
        return ResponseEntity.created(URI.create("/api/v1/variations/" + created.id()))
                .body(created);
    }

    @GetMapping("/variations/{id}")
    @Operation(summary = "A budget variation with its corrections (District viewer)")
    VariationView variation(@PathVariable long id) {
        return ledger.variation(id);
    }

    @PostMapping("/variations/{id}/corrections")
    @Operation(
            summary =
                    "Correct a budget variation by the signed difference, with the day and the reason (District editor)")
    VariationView correctVariation(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
        return ledger.correctVariation(id, form);
    }
}
