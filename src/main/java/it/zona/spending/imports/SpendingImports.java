package it.zona.spending.imports;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.Digests;
import it.zona.shared.DomainException;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.TaxCode;
import it.zona.spending.CommitmentForm;
import it.zona.spending.DecommitmentForm;
import it.zona.spending.PaymentForm;
import it.zona.spending.SpendingLedger;
import it.zona.spending.SpendingLedger.ImportedRow;
import it.zona.spending.SpendingTotals;
import it.zona.spending.imports.ImportReport.RowError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of an accounting system's CSV export into a plan's spending ledger, for the District's
 * editors. A file is uploaded once per plan (its SHA-256; an imported file is refused with when and
 * by whom), then read with a mapping of its columns. Preview and import run the same steps in one
 * transaction, row after row through {@link SpendingLedger} (so every row obeys the rules a form
 * obeys, and a payment may go against a commitment an earlier row of the file made); the preview
 * always rolls back, the import rolls back at the first error too, after collecting them all: all
 * rows or none. Each row carries a key computed from its content, so a row an earlier file brought
 * is reported as present and skipped, and a later, longer export adds only what is new.
 */
@Service
public class SpendingImports {

    public static final String ENTITY = "SpendingImport";
    private static final int SAMPLE = 5;
    private static final DateTimeFormatter ITALIAN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final SpendingImportFiles files;
    private final SpendingLedger ledger;
    private final SpendingTotals totals;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final OrganizationRegistry organizations;
    private final Access access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SpendingImports(
            SpendingImportFiles files,
            SpendingLedger ledger,
            SpendingTotals totals,
            PlanRegistry plans,
            DistrictRegistry districts,
            OrganizationRegistry organizations,
            Access access,
            MessageSource messages,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.files = files;
        this.ledger = ledger;
        this.totals = totals;
        this.plans = plans;
        this.districts = districts;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Keeps an uploaded file for its mapping; a file already imported for the plan is refused (409). */
    public StagedImport upload(long planId, String fileName, byte[] content) {
        return transactions.execute(status -> {
            DistrictAccess district = editor(planId);
            if (content == null || content.length == 0) {
                throw RuleViolationException.invalid("file", "error.spendingImport.empty");
            }
            CsvFile csv = CsvFile.read(content);
            String sha256 = Digests.sha256Hex(content);
            SpendingImport file = files.findByPlanIdAndSha256(planId, sha256).orElse(null);
            if (file != null && file.isImported()) {
                throw RuleViolationException.conflict(
                        "file",
                        "error.spendingImport.again",
                        file.fileName(),
                        file.importedAt()
                                .atZone(it.zona.shared.PlatformConfig.ZONE)
                                .toLocalDate()
                                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        file.importedBy());
            }
            if (file == null) {
                String name = fileName == null || fileName.isBlank()
                        ? "export.csv"
                        : fileName.strip()
                                .substring(0, Math.min(fileName.strip().length(), 200));
                file = files.saveAndFlush(
                        new SpendingImport(district.id(), planId, name, sha256, content, clock.instant(), actor()));
            }
            return staged(file, csv);
        });
    }

    /** Refuses anyone but the District's editors, and a plan not approved, before the upload page. */
    void authorize(long planId) {
        transactions.executeWithoutResult(status -> editor(planId));
    }

    /** The uploaded file as its mapping page shows it (editors). */
    public StagedImport staged(long importId) {
        return transactions.execute(status -> {
            SpendingImport file = find(importId);
            editor(file.planId());
            return staged(file, CsvFile.read(file.content()));
        });
    }

    /** What importing the file with this mapping would do, every error by line; nothing is kept. */
    public ImportReport preview(long importId, ImportMapping mapping) {
        return execute(importId, mapping, false);
    }

    /** Imports every row of the file, or none when any row has an error (the report then lists them all). */
    public ImportReport run(long importId, ImportMapping mapping) {
        return execute(importId, mapping, true);
    }

    private ImportReport execute(long importId, ImportMapping mapping, boolean keep) {
        return transactions.execute(status -> {
            SpendingImport file = find(importId);
            DistrictAccess district = editor(file.planId());
            if (file.isImported()) {
                throw RuleViolationException.conflict(
                        null, "error.spendingImport.done", file.fileName(), String.valueOf(file.importedRows()));
            }
            CsvFile csv = CsvFile.read(file.content());
            ImportReport rows = rows(file, csv, mapping, district);
            // The plan as the rows leave it, read inside the transaction a preview then rolls back.
            ImportReport report = new ImportReport(
                    rows.importId(),
                    rows.fileName(),
                    rows.rows(),
                    rows.commitments(),
                    rows.payments(),
                    rows.decommitments(),
                    rows.alreadyPresent(),
                    rows.errors(),
                    totals.of(file.planId(), null).byYear(),
                    false);
            if (!keep || !report.errors().isEmpty()) {
                status.setRollbackOnly();
                return report;
            }
            file.imported(
                    mapping.describe(csv.header()),
                    report.toImport(),
                    report.alreadyPresent().size(),
                    clock.instant(),
                    actor());
            files.saveAndFlush(file);
            ImportReport done = new ImportReport(
                    report.importId(),
                    report.fileName(),
                    report.rows(),
                    report.commitments(),
                    report.payments(),
                    report.decommitments(),
                    report.alreadyPresent(),
                    List.of(),
                    report.after(),
                    true);
            events.publishEvent(EntityChanged.created(
                    district.id(),
                    ENTITY,
                    file.id(),
                    new Imported(
                            file.id(),
                            file.planId(),
                            file.fileName(),
                            file.sha256(),
                            file.mapping(),
                            done.toImport(),
                            done.alreadyPresent().size())));
            return done;
        });
    }

    /** What the audit log keeps of an import. */
    record Imported(
            long id, long planId, String fileName, String sha256, String mapping, int rows, int alreadyPresent) {}

    /** One row as read, before it is recorded. */
    private record Parsed(
            int line,
            RowKind kind,
            long lineId,
            String number,
            LocalDate date,
            BigDecimal amount,
            Long organizationId,
            String cig,
            String cup,
            String commitment,
            String description,
            String key) {}

    private ImportReport rows(SpendingImport file, CsvFile csv, ImportMapping mapping, DistrictAccess district) {
        List<RowError> errors = new ArrayList<>();
        requireMapped(mapping);
        Map<String, Long> lines = ledger.linesByCode(file.planId());
        Map<String, Long> beneficiaries = new HashMap<>();
        for (OrganizationView organization : organizations.all(district.slug())) {
            if (organization.taxCode() != null) {
                beneficiaries.put(TaxCode.normalize(organization.taxCode()), organization.id());
            }
            if (organization.vatNumber() != null) {
                beneficiaries.putIfAbsent(TaxCode.normalize(organization.vatNumber()), organization.id());
            }
        }
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            int before = errors.size();
            Parsed one = parse(row, mapping, lines, beneficiaries, errors, occurrences);
            if (errors.size() == before && one != null) {
                parsed.add(one);
            }
        }
        Set<String> present = ledger.presentRows(
                file.planId(), parsed.stream().map(Parsed::key).toList());
        List<Integer> alreadyPresent = new ArrayList<>();
        int[] counts = new int[RowKind.values().length];
        for (Parsed row : parsed) {
            if (present.contains(row.key())) {
                alreadyPresent.add(row.line());
                continue;
            }
            try {
                record(file, row);
                counts[row.kind().ordinal()]++;
            } catch (DomainException refused) {
                errors.add(new RowError(row.line(), refused.field(), say(refused.messageKey(), refused.arguments())));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::line));
        return new ImportReport(
                file.id(),
                file.fileName(),
                csv.rows().size(),
                counts[RowKind.COMMITMENT.ordinal()],
                counts[RowKind.PAYMENT.ordinal()],
                counts[RowKind.DECOMMITMENT.ordinal()],
                List.copyOf(alreadyPresent),
                List.copyOf(errors),
                List.of(),
                false);
    }

    private void record(SpendingImport file, Parsed row) {
        ImportedRow origin = new ImportedRow(file.id(), row.key());
        switch (row.kind()) {
            case COMMITMENT ->
                ledger.commit(
                        row.lineId(),
                        new CommitmentForm(
                                row.number(),
                                row.date(),
                                row.amount(),
                                row.organizationId(),
                                row.cig(),
                                row.cup(),
                                row.description()),
                        origin);
            case PAYMENT ->
                ledger.pay(
                        commitment(row),
                        new PaymentForm(row.date(), row.amount(), row.number(), row.description()),
                        origin);
            case DECOMMITMENT ->
                ledger.decommit(
                        commitment(row),
                        new DecommitmentForm(row.number(), row.date(), row.amount(), row.description()),
                        origin);
        }
    }

    /** The commitment a payment or de-commitment row names, by its number, on the row's line. */
    private long commitment(Parsed row) {
        List<Long> found = ledger.commitmentsNumbered(row.lineId(), row.commitment());
        if (found.isEmpty()) {
            throw RuleViolationException.invalid("commitment", "error.spendingImport.noCommitment", row.commitment());
        }
        if (found.size() > 1) {
            throw RuleViolationException.invalid(
                    "commitment", "error.spendingImport.manyCommitments", row.commitment());
        }
        return found.get(0);
    }

    private Parsed parse(
            CsvFile.Row row,
            ImportMapping mapping,
            Map<String, Long> lines,
            Map<String, Long> beneficiaries,
            List<RowError> errors,
            Map<String, Integer> occurrences) {
        int line = row.line();
        RowKind kind = RowKind.of(row.cell(mapping.kind()));
        if (kind == null) {
            errors.add(error(line, "kind", "error.spendingImport.kind", row.cell(mapping.kind())));
        }
        LocalDate date = date(row.cell(mapping.date()), line, errors);
        BigDecimal amount = amount(row.cell(mapping.amount()), mapping.numbers(), line, errors);
        String code = row.cell(mapping.code());
        Integer year = null;
        if (mapping.year() != null) {
            try {
                year = Integer.parseInt(row.cell(mapping.year()));
            } catch (NumberFormatException e) {
                errors.add(error(line, "year", "error.spendingImport.year", row.cell(mapping.year())));
            }
        } else if (date != null) {
            year = date.getYear();
        }
        Long lineId = null;
        if (code.isEmpty()) {
            errors.add(error(line, "code", "error.spendingImport.codeMissing"));
        } else if (year != null) {
            lineId = lines.get(SpendingLedger.codeKey(code, year));
            if (lineId == null) {
                errors.add(error(line, "code", "error.spendingImport.noLine", code, String.valueOf(year)));
            }
        }
        String number = row.cell(mapping.number());
        Long organization = null;
        String commitment = row.cell(mapping.commitment());
        if (kind == RowKind.COMMITMENT || kind == RowKind.DECOMMITMENT) {
            if (number.isEmpty()) {
                errors.add(error(line, "number", "error.spendingImport.numberMissing"));
            }
        }
        if (kind == RowKind.COMMITMENT) {
            String taxCode = TaxCode.normalize(row.cell(mapping.taxCode()));
            organization = taxCode == null || taxCode.isEmpty() ? null : beneficiaries.get(taxCode);
            if (organization == null) {
                errors.add(error(line, "taxCode", "error.spendingImport.noBeneficiary", row.cell(mapping.taxCode())));
            }
        } else if (kind != null && commitment.isEmpty()) {
            errors.add(error(line, "commitment", "error.spendingImport.commitmentMissing"));
        }
        if (kind == null || date == null || amount == null || lineId == null) {
            return null;
        }
        String content = String.join(
                "|",
                kind.name(),
                code,
                String.valueOf(year),
                number,
                date.toString(),
                amount.toPlainString(),
                kind == RowKind.COMMITMENT ? TaxCode.normalize(row.cell(mapping.taxCode())) : "",
                row.cell(mapping.cig()),
                row.cell(mapping.cup()),
                commitment);
        // Two identical rows in one file are two entries: the second is told apart by its count.
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        String key = Digests.sha256Hex((content + "#" + occurrence).getBytes(StandardCharsets.UTF_8));
        return new Parsed(
                line,
                kind,
                lineId,
                number.isEmpty() ? null : number,
                date,
                amount,
                organization,
                empty(row.cell(mapping.cig())),
                empty(row.cell(mapping.cup())),
                commitment.isEmpty() ? null : commitment,
                empty(row.cell(mapping.description())),
                key);
    }

    private static String empty(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** A date as accounting exports write it: 31/12/2024 or 2024-12-31. */
    private LocalDate date(String cell, int line, List<RowError> errors) {
        if (cell.isEmpty()) {
            errors.add(error(line, "date", "error.spendingImport.dateMissing"));
            return null;
        }
        try {
            return cell.contains("/") ? LocalDate.parse(cell, ITALIAN_DATE) : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            errors.add(error(line, "date", "error.spendingImport.date", cell));
            return null;
        }
    }

    /** An amount in the file's style: 1.234,56 (Italian) or 1234.56 (English); the euro sign ignored. */
    private BigDecimal amount(String cell, NumberStyle style, int line, List<RowError> errors) {
        if (cell.isEmpty()) {
            errors.add(error(line, "amount", "error.spendingImport.amountMissing"));
            return null;
        }
        BigDecimal amount = style.parse(cell);
        if (amount == null || amount.signum() <= 0) {
            errors.add(error(line, "amount", "error.spendingImport.amount", cell));
            return null;
        }
        return amount.setScale(2);
    }

    private static void requireMapped(ImportMapping mapping) {
        if (mapping.kind() == null) {
            throw RuleViolationException.invalid("kind", "error.spendingImport.unmapped");
        }
        if (mapping.code() == null) {
            throw RuleViolationException.invalid("code", "error.spendingImport.unmapped");
        }
        if (mapping.date() == null) {
            throw RuleViolationException.invalid("date", "error.spendingImport.unmapped");
        }
        if (mapping.amount() == null) {
            throw RuleViolationException.invalid("amount", "error.spendingImport.unmapped");
        }
        if (mapping.numbers() == null) {
            throw RuleViolationException.invalid("numbers", "error.spendingImport.unmapped");
        }
    }

    private RowError error(int line, String field, String key, Object... arguments) {
        return new RowError(line, field, say(key, arguments));
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private StagedImport staged(SpendingImport file, CsvFile csv) {
        return new StagedImport(
                file.id(),
                file.planId(),
                file.fileName(),
                file.sha256(),
                csv.separator(),
                csv.header(),
                csv.rows().stream().limit(SAMPLE).map(CsvFile.Row::cells).toList(),
                csv.rows().size(),
                ImportMapping.guess(csv.header(), csv.separator()));
    }

    private SpendingImport find(long importId) {
        return files.findById(importId)
                .orElseThrow(() -> new NotFoundException("error.spendingImport.notFound", importId));
    }

    /** The District's editors, on an approved plan. */
    private DistrictAccess editor(long planId) {
        PlanView plan = plans.readableView(planId);
        DistrictAccess district = districts.authorize(plan.districtSlug(), DistrictRole.EDITOR);
        if (!plan.published()) {
            throw RuleViolationException.conflict(null, "error.spending.planNotApproved", plan.title());
        }
        return district;
    }

    private String actor() {
        return access.username().orElse("system");
    }
}
