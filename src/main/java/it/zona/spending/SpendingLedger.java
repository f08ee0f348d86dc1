package it.zona.spending;

import it.zona.budget.BudgetLineView;
import it.zona.budget.BudgetRegistry;
import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.organization.OrganizationRegistry;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import it.zona.spending.CommitmentView.Beneficiary;
import it.zona.spending.LedgerEntry.Recorded;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of each budget line: commitments, payments against them, de-commitments and budget
 * variations, each kept as recorded. The District's viewers read it, its editors write it, once
 * the plan is approved. Every write locks the budget line first ({@link BudgetRegistry#lock}), then
 * checks the rules ({@link LineBalance}, {@link CommitmentBalance}) against the sums as they stand,
 * so two requests at once cannot together pay or commit more than allowed. Nothing is changed or
 * removed: a correction is a new entry naming the corrected one, with the signed difference.
 */
@Service
@Transactional
public class SpendingLedger {

    public static final int PAGE_SIZE = 20;
    public static final String LINE_ENTITY = "SpendingLine";

    private static final Sort RECORDED = Sort.by("date", "id");

    private final LedgerEntries entries;
    private final SpendingLines spendingLines;
    private final BudgetRegistry budget;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final OrganizationRegistry organizations;
    private final SpendingTotals totals;
    private final LineTotals lineTotals;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpendingLedger(
            LedgerEntries entries,
            SpendingLines spendingLines,
            BudgetRegistry budget,
            PlanRegistry plans,
            DistrictRegistry districts,
            OrganizationRegistry organizations,
            SpendingTotals totals,
            LineTotals lineTotals,
            Access access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.spendingLines = spendingLines;
        this.budget = budget;
        this.plans = plans;
        this.districts = districts;
        this.organizations = organizations;
        this.totals = totals;
        this.lineTotals = lineTotals;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Where an entry comes from when an import writes it: the import and its row's key. */
    public record ImportedRow(long importId, String rowKey) {}

    // Reading.

    /**
     * The plan's spending line by line and in aggregate, as of a day (every entry when null), for
     * the District's staff; {@link SpendingTotals} gives the same figures to public pages.
     */
    @Transactional(readOnly = true)
    public PlanSpending plan(long planId, LocalDate asOf) {
        PlanView plan = plans.readableView(planId);
        districts.authorize(plan.districtSlug(), DistrictRole.VIEWER);
        return totals.of(planId, asOf);
    }

    /** A line with its accounting code and its figures (the District's viewers). */
    @Transactional(readOnly = true)
    public LineSpending line(long lineId) {
        LineScope scope = readable(lineId);
        SpendingLine code = spendingLines.findById(lineId).orElse(null);
        return new LineSpending(
                scope.line(),
                code == null ? null : code.accountingCode(),
                SpendingFigures.of(balance(scope.line())),
                code == null ? NOT_SET : code.version());
    }

    @Transactional(readOnly = true)
    public PageView<CommitmentView> commitments(long lineId, int page, int size) {
        LineScope scope = readable(lineId);
        Page<LedgerEntry> found = entries.findByBudgetLineIdAndKindAndCorrectsIdIsNull(
                lineId, EntryKind.COMMITMENT, PageView.request(page, size, RECORDED));
        return page(found, commitmentViews(scope.districtId(), found.getContent()));
    }

    @Transactional(readOnly = true)
    public CommitmentView commitment(long id) {
        LedgerEntry commitment = readable(id, EntryKind.COMMITMENT);
        return commitmentViews(commitment.districtId(), List.of(commitment)).get(0);
    }

    @Transactional(readOnly = true)
    public PageView<PaymentView> payments(long commitmentId, int page, int size) {
        readable(commitmentId, EntryKind.COMMITMENT);
        Page<LedgerEntry> found = entries.findByCommitmentIdAndKindAndCorrectsIdIsNull(
                commitmentId, EntryKind.PAYMENT, PageView.request(page, size, RECORDED));
        return page(found, paymentViews(found.getContent()));
    }

    @Transactional(readOnly = true)
    public PaymentView payment(long id) {
        return paymentViews(List.of(readable(id, EntryKind.PAYMENT))).get(0);
    }

    @Transactional(readOnly = true)
    public PageView<DecommitmentView> decommitments(long commitmentId, int page, int size) {
        readable(commitmentId, EntryKind.COMMITMENT);
        Page<LedgerEntry> found = entries.findByCommitmentIdAndKindAndCorrectsIdIsNull(
                commitmentId, EntryKind.DECOMMITMENT, PageView.request(page, size, RECORDED));
        return page(found, decommitmentViews(found.getContent()));
    }

    @Transactional(readOnly = true)
    public DecommitmentView decommitment(long id) {
        return decommitmentViews(List.of(readable(id, EntryKind.DECOMMITMENT))).get(0);
    }

    @Transactional(readOnly = true)
    public PageView<VariationView> variations(long lineId, int page, int size) {
        readable(lineId);
        Page<LedgerEntry> found = entries.findByBudgetLineIdAndKindAndCorrectsIdIsNull(
                lineId, EntryKind.VARIATION, PageView.request(page, size, RECORDED));
        return page(found, variationViews(found.getContent()));
    }

    @Transactional(readOnly = true)
    public VariationView variation(long id) {
        return variationViews(List.of(readable(id, EntryKind.VARIATION))).get(0);
    }

    /** The payments against a line's commitments, a page at a time, for the line's page. */
    @Transactional(readOnly = true)
    PageView<PaymentView> paymentsOfLine(long lineId, int page, int size) {
        readable(lineId);
        Page<LedgerEntry> found = entries.findByBudgetLineIdAndKindAndCorrectsIdIsNull(
                lineId, EntryKind.PAYMENT, PageView.request(page, size, RECORDED));
        return page(found, paymentViews(found.getContent()));
    }

    /** The de-commitments of a line's commitments, a page at a time, for the line's page. */
    @Transactional(readOnly = true)
    PageView<DecommitmentView> decommitmentsOfLine(long lineId, int page, int size) {
        readable(lineId);
        Page<LedgerEntry> found = entries.findByBudgetLineIdAndKindAndCorrectsIdIsNull(
                lineId, EntryKind.DECOMMITMENT, PageView.request(page, size, RECORDED));
        return page(found, decommitmentViews(found.getContent()));
    }

    // Writing.

    public CommitmentView commit(long lineId, CommitmentForm form) {
        return commit(lineId, form, null);
    }

    /**
     * Records a commitment on the line: within the line's allowance (its planned amount and
     * variations), or refused with what a variation would have to add (422).
     */
    public CommitmentView commit(long lineId, CommitmentForm form, ImportedRow row) {
        LineScope scope = writable(lineId);
        String actNumber = limited(form.actNumber(), "actNumber", 60);
        LocalDate date = past(form.actDate(), "actDate");
        BigDecimal amount = Money.positive(form.amount(), "amount");
        long organization = organizations
                .require(scope.districtId(), form.organizationId(), "organizationId")
                .id();
        String cig = ProcurementCodes.cig(form.cig(), "cig");
        String cup = ProcurementCodes.cup(form.cup(), "cup");
        String description = text(form.description(), "description");
        BudgetLineView line = budget.lock(lineId);
        balance(line).requireCommitment(amount, "amount");
        LedgerEntry entry = written(LedgerEntry.commitment(
                recorded(scope, row), actNumber, date, amount, organization, cig, cup, description));
        CommitmentView view =
                commitmentViews(scope.districtId(), List.of(entry)).get(0);
        events.publishEvent(EntityChanged.created(scope.districtId(), EntryKind.COMMITMENT.entity(), entry.id(), view));
        return view;
    }

    public PaymentView pay(long commitmentId, PaymentForm form) {
        return pay(commitmentId, form, null);
    }

    /** Records a payment against a commitment: within what it still holds, or refused (422). */
    public PaymentView pay(long commitmentId, PaymentForm form, ImportedRow row) {
        LedgerEntry commitment = writable(commitmentId, EntryKind.COMMITMENT);
        LineScope scope = writable(commitment.budgetLineId());
        LocalDate date = past(form.date(), "date");
        requireNotBefore(date, commitment.date(), "date");
        BigDecimal amount = Money.positive(form.amount(), "amount");
        String number = form.number() == null || form.number().isBlank() ? null : limited(form.number(), "number", 60);
        String note = text(form.note(), "note");
        budget.lock(commitment.budgetLineId());
        commitmentBalance(commitment).requirePayment(amount, "amount");
        LedgerEntry entry =
                written(LedgerEntry.payment(recorded(scope, row), commitmentId, date, amount, number, note));
        PaymentView view = paymentViews(List.of(entry)).get(0);
        events.publishEvent(EntityChanged.created(scope.districtId(), EntryKind.PAYMENT.entity(), entry.id(), view));
        return view;
    }

    public DecommitmentView decommit(long commitmentId, DecommitmentForm form) {
        return decommit(commitmentId, form, null);
    }

    /** Records a de-commitment: at most what the commitment holds neither paid nor de-committed. */
    public DecommitmentView decommit(long commitmentId, DecommitmentForm form, ImportedRow row) {
        LedgerEntry commitment = writable(commitmentId, EntryKind.COMMITMENT);
        LineScope scope = writable(commitment.budgetLineId());
        String actNumber = limited(form.actNumber(), "actNumber", 60);
        LocalDate date = past(form.actDate(), "actDate");
        requireNotBefore(date, commitment.date(), "actDate");
        BigDecimal amount = Money.positive(form.amount(), "amount");
        String reason = text(form.reason(), "reason");
        budget.lock(commitment.budgetLineId());
        commitmentBalance(commitment).requireDecommitment(amount, "amount");
        LedgerEntry entry =
                written(LedgerEntry.decommitment(recorded(scope, row), commitmentId, actNumber, date, amount, reason));
        DecommitmentView view = decommitmentViews(List.of(entry)).get(0);
        events.publishEvent(
                EntityChanged.created(scope.districtId(), EntryKind.DECOMMITMENT.entity(), entry.id(), view));
        return view;
    }

    /**
     * Records a budget variation: the act that adds to (or, negative, takes from) the line's
     * allowance. It may not leave the allowance below what is committed.
     */
    public VariationView vary(long lineId, VariationForm form) {
        LineScope scope = writable(lineId);
        String actNumber = limited(form.actNumber(), "actNumber", 60);
        LocalDate date = past(form.actDate(), "actDate");
        BigDecimal amount = Money.nonZero(form.amount(), "amount");
        String reason = limited(form.reason(), "reason", 500);
        BudgetLineView line = budget.lock(lineId);
        balance(line).requireAllowanceChange(amount, "amount");
        LedgerEntry entry = written(LedgerEntry.variation(recorded(scope, null), actNumber, date, amount, reason));
        VariationView view = variationViews(List.of(entry)).get(0);
        events.publishEvent(EntityChanged.created(scope.districtId(), EntryKind.VARIATION.entity(), entry.id(), view));
        return view;
    }

    public CommitmentView correctCommitment(long id, CorrectionForm form) {
        LedgerEntry corrected = correct(id, EntryKind.COMMITMENT, form);
        return commitmentViews(corrected.districtId(), List.of(corrected)).get(0);
    }

    public PaymentView correctPayment(long id, CorrectionForm form) {
        return paymentViews(List.of(correct(id, EntryKind.PAYMENT, form))).get(0);
    }

    public DecommitmentView correctDecommitment(long id, CorrectionForm form) {
        return decommitmentViews(List.of(correct(id, EntryKind.DECOMMITMENT, form)))
                .get(0);
    }

    public VariationView correctVariation(long id, CorrectionForm form) {
        return variationViews(List.of(correct(id, EntryKind.VARIATION, form))).get(0);
    }

    /**
     * Corrects an entry by a new one: the signed difference, dated on or after the entry, with its
     * reason. What the correction changes follows the same rules as a new entry would: a payment
     * corrected upwards must fit in its commitment, a commitment corrected downwards may not fall
     * below what was paid and de-committed, and so on. The audit log records the entry before and
     * after, with the reason.
     */
    private LedgerEntry correct(long id, EntryKind kind, CorrectionForm form) {
        LedgerEntry entry = writable(id, kind);
        LineScope scope = writable(entry.budgetLineId());
        LocalDate date = past(form.date(), "date");
        requireNotBefore(date, entry.date(), "date");
        BigDecimal delta = Money.nonZero(form.amount(), "amount");
        String reason = limited(form.reason(), "reason", 500);
        BudgetLineView line = budget.lock(entry.budgetLineId());
        new EntryAmount(entry.amount(), net(entry)).requireCorrection(delta, "amount");
        switch (kind) {
            case COMMITMENT -> {
                commitmentBalance(entry).requireCorrection(delta, "amount");
                if (delta.signum() > 0) {
                    balance(line).requireCommitment(delta, "amount");
                }
            }
            case PAYMENT -> {
                if (delta.signum() > 0) {
                    commitmentBalance(commitmentOf(entry)).requirePayment(delta, "amount");
                }
            }
            case DECOMMITMENT -> {
                if (delta.signum() > 0) {
                    commitmentBalance(commitmentOf(entry)).requireDecommitment(delta, "amount");
                } else {
                    balance(line).requireCommitment(delta.negate(), "amount");
                }
            }
            case VARIATION -> balance(line).requireAllowanceChange(delta, "amount");
        }
        Object before = audited(entry);
        written(entry.correction(recorded(scope, null), date, delta, reason));
        events.publishEvent(EntityChanged.updated(scope.districtId(), kind.entity(), id, before, audited(entry))
                .because(reason));
        return entry;
    }

    /** An entry a page offers to correct, and where to go back to after. */
    record Corrected(
            long id,
            EntryKind kind,
            long budgetLineId,
            Long commitmentId,
            String actNumber,
            LocalDate date,
            BigDecimal amount,
            BigDecimal netAmount) {

        String page() {
            return switch (kind) {
                case COMMITMENT -> "/commitments/" + id;
                case PAYMENT, DECOMMITMENT -> "/commitments/" + commitmentId;
                case VARIATION -> "/budget-lines/" + budgetLineId + "/spending";
            };
        }
    }

    /** The entry as the correction page shows it (editors; not a correction itself). */
    @Transactional(readOnly = true)
    Corrected correctable(long id) {
        LedgerEntry entry =
                entries.findById(id).orElseThrow(() -> new NotFoundException("error.spending.entryNotFound", id));
        entry = writable(id, entry.kind());
        return corrected(entry);
    }

    /** Corrects the entry, whatever its kind, for the correction page. */
    Corrected correct(long id, CorrectionForm form) {
        LedgerEntry entry =
                entries.findById(id).orElseThrow(() -> new NotFoundException("error.spending.entryNotFound", id));
        return corrected(correct(id, entry.kind(), form));
    }

    private Corrected corrected(LedgerEntry entry) {
        return new Corrected(
                entry.id(),
                entry.kind(),
                entry.budgetLineId(),
                entry.commitmentId(),
                entry.actNumber(),
                entry.date(),
                entry.amount(),
                net(entry));
    }

    /** Whether the current user may record spending on the plan: its District's editors, once approved. */
    @Transactional(readOnly = true)
    boolean canRecord(PlanView plan) {
        return plan.published()
                && access.roleIn(districts.ref(plan.districtSlug()).id())
                        .map(role -> role.includes(DistrictRole.EDITOR))
                        .orElse(false);
    }

    /** The line's code in the accounting system, for the import to find the line by (viewers). */
    @Transactional(readOnly = true)
    public AccountingCodeView accountingCode(long lineId) {
        readable(lineId);
        return spendingLines
                .findById(lineId)
                .map(code -> new AccountingCodeView(lineId, code.accountingCode(), code.version()))
                .orElse(new AccountingCodeView(lineId, null, NOT_SET));
    }

    /**
     * Sets the line's code in the accounting system (editors), unique among the plan's lines of
     * the same year; blank removes it. A line never given one has version {@value #NOT_SET}.
     */
    public AccountingCodeView setAccountingCode(long lineId, AccountingCodeForm form, long expectedVersion) {
        LineScope scope = editable(lineId);
        SpendingLine code = spendingLines.findById(lineId).orElse(null);
        StaleVersionException.check(expectedVersion, code == null ? NOT_SET : code.version());
        String typed = form.code() == null || form.code().isBlank()
                ? null
                : PlainText.require("code", form.code().strip());
        if (typed != null) {
            Set<Long> sameYear = new HashSet<>();
            budget.list(scope.line().planId(), scope.line().year(), null, null).forEach(l -> sameYear.add(l.id()));
            for (SpendingLine other :
                    spendingLines.findByPlanIdAndAccountingCode(scope.line().planId(), typed)) {
                if (other.budgetLineId() != lineId && sameYear.contains(other.budgetLineId())) {
                    throw RuleViolationException.conflict(
                            "code",
                            "error.spending.codeTaken",
                            typed,
                            String.valueOf(scope.line().year()));
                }
            }
        }
        AccountingCodeView before =
                code == null ? null : new AccountingCodeView(lineId, code.accountingCode(), code.version());
        if (code == null) {
            code = new SpendingLine(lineId, scope.line().planId());
        }
        code.code(typed);
        code = spendingLines.saveAndFlush(code);
        AccountingCodeView after = new AccountingCodeView(lineId, code.accountingCode(), code.version());
        events.publishEvent(
                before == null
                        ? EntityChanged.created(scope.districtId(), LINE_ENTITY, lineId, after)
                        : EntityChanged.updated(scope.districtId(), LINE_ENTITY, lineId, before, after));
        return after;
    }

    /** A line never given an accounting code: the version a first change must state. */
    public static final long NOT_SET = -1;

    // For the import (editors of the plan's District).

    /**
     * The plan's lines by their accounting code and year (editors), for the import to find each
     * row's line: a code given to no line of that year answers nothing.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> linesByCode(long planId) {
        PlanView plan = plans.readableView(planId);
        districts.authorize(plan.districtSlug(), DistrictRole.EDITOR);
        Map<Long, Integer> years = new HashMap<>();
        budget.list(planId, null, null, null).forEach(l -> years.put(l.id(), l.year()));
        Map<String, Long> byCode = new HashMap<>();
        for (SpendingLine line : spendingLines.findByPlanId(planId)) {
            Integer year = years.get(line.budgetLineId());
            if (line.accountingCode() != null && year != null) {
                byCode.put(codeKey(line.accountingCode(), year), line.budgetLineId());
            }
        }
        return byCode;
    }

    /** How {@link #linesByCode} keys a line: its code and its year. */
    public static String codeKey(String code, int year) {
        return code.strip() + "\u0000" + year;
    }

    /** The original commitments of a line with an act number (editors), for an import's payments. */
    @Transactional(readOnly = true)
    public List<Long> commitmentsNumbered(long lineId, String actNumber) {
        editable(lineId);
        return entries
                .findByBudgetLineIdAndKindAndActNumberAndCorrectsIdIsNull(
                        lineId, EntryKind.COMMITMENT, actNumber.strip())
                .stream()
                .map(LedgerEntry::id)
                .toList();
    }

    /** Which of these import row keys the plan already holds (editors). */
    @Transactional(readOnly = true)
    public Set<String> presentRows(long planId, Collection<String> rowKeys) {
        PlanView plan = plans.readableView(planId);
        districts.authorize(plan.districtSlug(), DistrictRole.EDITOR);
        Set<String> present = new HashSet<>();
        if (!rowKeys.isEmpty()) {
            entries.findByPlanIdAndRowKeyIn(planId, rowKeys).forEach(e -> present.add(e.rowKey()));
        }
        return present;
    }

    // Scope and access.

    /** A budget line with the District it belongs to. */
    private record LineScope(BudgetLineView line, long districtId) {}

    /** Writes an entry and adds it to its line's running sums, in the same transaction. */
    private LedgerEntry written(LedgerEntry entry) {
        LedgerEntry saved = entries.saveAndFlush(entry);
        lineTotals.add(saved);
        return saved;
    }

    private LineScope readable(long lineId) {
        return scope(lineId, DistrictRole.VIEWER);
    }

    private LineScope editable(long lineId) {
        return scope(lineId, DistrictRole.EDITOR);
    }

    /** Editors, on an approved plan: commitments and payments implement a plan the mayors approved. */
    private LineScope writable(long lineId) {
        LineScope scope = editable(lineId);
        PlanView plan = plans.readableView(scope.line().planId());
        if (!plan.published()) {
            throw RuleViolationException.conflict(null, "error.spending.planNotApproved", plan.title());
        }
        return scope;
    }

    private LineScope scope(long lineId, DistrictRole role) {
        BudgetLineView line = budget.line(lineId);
        PlanView plan = plans.readableView(line.planId());
        DistrictAccess district = districts.authorize(plan.districtSlug(), role);
        return new LineScope(line, district.id());
    }

    private LedgerEntry readable(long id, EntryKind kind) {
        return entry(id, kind, DistrictRole.VIEWER);
    }

    private LedgerEntry writable(long id, EntryKind kind) {
        LedgerEntry entry = entry(id, kind, DistrictRole.EDITOR);
        if (entry.isCorrection()) {
            throw RuleViolationException.invalid(null, "error.spending.correctTheOriginal", entry.correctsId());
        }
        return entry;
    }

    private LedgerEntry entry(long id, EntryKind kind, DistrictRole role) {
        LedgerEntry entry = entries.findById(id)
                .filter(e -> e.kind() == kind)
                .orElseThrow(() -> new NotFoundException("error.spending.entryNotFound", id));
        access.require(entry.districtId(), role);
        if (entry.isCorrection() && role == DistrictRole.VIEWER) {
            throw new NotFoundException("error.spending.entryNotFound", id);
        }
        return entry;
    }

    private Recorded recorded(LineScope scope, ImportedRow row) {
        return new Recorded(
                scope.districtId(),
                scope.line().planId(),
                scope.line().id(),
                clock.instant(),
                access.username().orElse("system"),
                row == null ? null : row.importId(),
                row == null ? null : row.rowKey());
    }

    // Rules' inputs.

    private LineBalance balance(BudgetLineView line) {
        Map<EntryKind, BigDecimal> sums = new EnumMap<>(EntryKind.class);
        entries.sumsOfLine(line.id()).forEach(s -> sums.put(s.kind(), s.amount()));
        return new LineBalance(
                line.amount(),
                sums.get(EntryKind.VARIATION),
                sums.get(EntryKind.COMMITMENT),
                sums.get(EntryKind.DECOMMITMENT),
                sums.get(EntryKind.PAYMENT));
    }

    private CommitmentBalance commitmentBalance(LedgerEntry commitment) {
        Map<EntryKind, BigDecimal> sums = new EnumMap<>(EntryKind.class);
        entries.sumsOfCommitments(List.of(commitment.id())).forEach(s -> sums.put(s.kind(), s.amount()));
        return new CommitmentBalance(
                commitment.amount().add(Money.orZero(sums.get(EntryKind.COMMITMENT))),
                sums.get(EntryKind.DECOMMITMENT),
                sums.get(EntryKind.PAYMENT));
    }

    private LedgerEntry commitmentOf(LedgerEntry entry) {
        return entries.findById(entry.commitmentId()).orElseThrow();
    }

    private BigDecimal net(LedgerEntry entry) {
        BigDecimal net = entry.amount();
        for (LedgerEntries.Sum sum : entries.sumsOfCorrections(List.of(entry.id()))) {
            net = net.add(sum.amount());
        }
        return net;
    }

    private LocalDate past(LocalDate date, String field) {
        if (date == null) {
            throw RuleViolationException.invalid(field, "error.spending.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(PlatformConfig.ZONE)))) {
            throw RuleViolationException.invalid(field, "error.spending.dateInFuture");
        }
        return date;
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String field) {
        if (date.isBefore(earliest)) {
            throw RuleViolationException.invalid(
                    field,
                    "error.spending.dateBeforeEntry",
                    earliest.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    /** Optional text, at most 500 characters (what a form allows: an import's cells are not checked before). */
    private static String text(String typed, String field) {
        return typed == null || typed.isBlank() ? null : limited(typed, field, 500);
    }

    /** Required text of at most {@code max} characters. */
    private static String limited(String typed, String field, int max) {
        String text = PlainText.require(field, typed == null ? "" : typed.strip());
        if (text.isEmpty()) {
            throw RuleViolationException.invalid(field, "error.spending.textRequired");
        }
        if (text.length() > max) {
            throw RuleViolationException.invalid(field, "error.spending.tooLong", String.valueOf(max));
        }
        return text;
    }

    // Views.

    private Object audited(LedgerEntry entry) {
        return switch (entry.kind()) {
            case COMMITMENT ->
                commitmentViews(entry.districtId(), List.of(entry)).get(0);
            case PAYMENT -> paymentViews(List.of(entry)).get(0);
            case DECOMMITMENT -> decommitmentViews(List.of(entry)).get(0);
            case VARIATION -> variationViews(List.of(entry)).get(0);
        };
    }

    private static <T> PageView<T> page(Page<LedgerEntry> page, List<T> views) {
        return new PageView<>(views, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    private List<CommitmentView> commitmentViews(long districtId, List<LedgerEntry> commitments) {
        if (commitments.isEmpty()) {
            return List.of();
        }
        List<Long> ids = commitments.stream().map(LedgerEntry::id).toList();
        Map<Long, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
        for (LedgerEntries.Sum sum : entries.sumsOfCommitments(ids)) {
            sums.computeIfAbsent(sum.owner(), k -> new EnumMap<>(EntryKind.class))
                    .put(sum.kind(), sum.amount());
        }
        Map<Long, List<CorrectionView>> corrections = corrections(ids);
        Map<Long, String> names = organizations.names(
                districtId,
                commitments.stream().map(LedgerEntry::organizationId).distinct().toList());
        List<CommitmentView> views = new ArrayList<>();
        for (LedgerEntry c : commitments) {
            Map<EntryKind, BigDecimal> of = sums.getOrDefault(c.id(), Map.of());
            CommitmentBalance balance = new CommitmentBalance(
                    c.amount().add(Money.orZero(of.get(EntryKind.COMMITMENT))),
                    of.get(EntryKind.DECOMMITMENT),
                    of.get(EntryKind.PAYMENT));
            views.add(new CommitmentView(
                    c.id(),
                    c.budgetLineId(),
                    c.planId(),
                    c.actNumber(),
                    c.date(),
                    c.amount(),
                    balance.amount(),
                    balance.decommitted(),
                    balance.paid(),
                    balance.residue(),
                    new Beneficiary(c.organizationId(), names.get(c.organizationId())),
                    c.cig(),
                    c.cup(),
                    c.note(),
                    corrections.getOrDefault(c.id(), List.of()),
                    c.importId(),
                    c.recordedAt(),
                    c.recordedBy()));
        }
        return views;
    }

    private List<PaymentView> paymentViews(List<LedgerEntry> payments) {
        Map<Long, List<CorrectionView>> corrections = corrections(ids(payments));
        return payments.stream()
                .map(p -> {
                    List<CorrectionView> of = corrections.getOrDefault(p.id(), List.of());
                    return new PaymentView(
                            p.id(),
                            p.commitmentId(),
                            p.budgetLineId(),
                            p.date(),
                            p.actNumber(),
                            p.amount(),
                            netOf(p, of),
                            p.note(),
                            of,
                            p.importId(),
                            p.recordedAt(),
                            p.recordedBy());
                })
                .toList();
    }

    private List<DecommitmentView> decommitmentViews(List<LedgerEntry> decommitments) {
        Map<Long, List<CorrectionView>> corrections = corrections(ids(decommitments));
        return decommitments.stream()
                .map(d -> {
                    List<CorrectionView> of = corrections.getOrDefault(d.id(), List.of());
                    return new DecommitmentView(
                            d.id(),
                            d.commitmentId(),
                            d.budgetLineId(),
                            d.actNumber(),
                            d.date(),
                            d.amount(),
                            netOf(d, of),
                            d.note(),
                            of,
                            d.importId(),
                            d.recordedAt(),
                            d.recordedBy());
                })
                .toList();
    }

    private List<VariationView> variationViews(List<LedgerEntry> variations) {
        Map<Long, List<CorrectionView>> corrections = corrections(ids(variations));
        return variations.stream()
                .map(v -> {
                    List<CorrectionView> of = corrections.getOrDefault(v.id(), List.of());
                    return new VariationView(
                            v.id(),
                            v.budgetLineId(),
                            v.actNumber(),
                            v.date(),
                            v.amount(),
                            netOf(v, of),
                            v.note(),
                            of,
                            v.recordedAt(),
                            v.recordedBy());
                })
                .toList();
    }

    private static List<Long> ids(List<LedgerEntry> list) {
        return list.stream().map(LedgerEntry::id).toList();
    }

    private static BigDecimal netOf(LedgerEntry entry, List<CorrectionView> corrections) {
        return corrections.stream().map(CorrectionView::amount).reduce(entry.amount(), BigDecimal::add);
    }

    private Map<Long, List<CorrectionView>> corrections(List<Long> ids) {
        Map<Long, List<CorrectionView>> byEntry = new HashMap<>();
        if (ids.isEmpty()) {
            return byEntry;
        }
        for (LedgerEntry c : entries.findByCorrectsIdInOrderById(ids)) {
            byEntry.computeIfAbsent(c.correctsId(), k -> new ArrayList<>())
                    .add(new CorrectionView(c.id(), c.date(), c.amount(), c.note(), c.recordedAt(), c.recordedBy()));
        }
        return byEntry;
    }
}
