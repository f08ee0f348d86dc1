package it.zona.demo;

import it.zona.budget.BudgetLineView;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.plan.PlanRegistry;
import it.zona.shared.PlatformConfig;
import it.zona.spending.AccountingCodeForm;
import it.zona.spending.FundAnnualityForm;
import it.zona.spending.FundReporting;
import it.zona.spending.SpendingLedger;
import it.zona.spending.VariationForm;
import it.zona.spending.imports.ImportReport;
import it.zona.spending.imports.SpendingImports;
import it.zona.spending.imports.StagedImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The spending of the plan 2024-2026 in 2024 and 2025, as the Ufficio di Piano would record it:
 * seven budget lines given the chapter (capitolo) under which the fictitious accounting system of
 * the Ambito exports them, one budget variation that raises the home-care line of 2024 (its
 * commitment needs it), then the export itself ({@value #EXPORT}) imported through the import,
 * with its commitments, payments and a de-commitment. Two lines pay far behind the time elapsed
 * (the disability transport and the Assegno di inclusione support), for the alerts to show.
 * The 2024 annualities of the national funds are reported; of 2025, the FNA's report is due in a
 * few weeks and the Fondo Povertà's is overdue, both with money unpaid, for the alerts to show.
 */
@Component
class PoggiardoSpendingDemo {

    static final String EXPORT = "demo/poggiardo-contabilita-2024-2025.csv";

    /** The chapter of each line: intervention, funding source's code. */
    private static final Map<String, List<String>> CHAPTERS = Map.of(
            "12041.03.0100", List.of("Servizio di assistenza domiciliare (SAD)", "FNA"),
            "12041.03.0110", List.of("Assistenza domiciliare integrata (ADI) – componente sociale", "FNA"),
            "12011.03.0200", List.of("Assistenza educativa domiciliare per minori", "FNPS"),
            "12041.03.0120", List.of("Telesoccorso e teleassistenza", "FNA"),
            "12021.03.0300", List.of("Trasporto sociale per persone con disabilità", "FNA"),
            "12041.03.0400", List.of("Accompagnamento dei beneficiari dell’Assegno di inclusione", "POVERTY_FUND"),
            "12011.03.0210", List.of("Centro per le famiglie “Il Faro”", "FNPS"));

    private final PlanRegistry plans;
    private final BudgetRegistry budget;
    private final FundingSourceRegistry sources;
    private final SpendingLedger ledger;
    private final SpendingImports imports;
    private final FundReporting funds;
    private final Clock clock;

    PoggiardoSpendingDemo(
            PlanRegistry plans,
            BudgetRegistry budget,
            FundingSourceRegistry sources,
            SpendingLedger ledger,
            SpendingImports imports,
            FundReporting funds,
            Clock clock) {
        this.plans = plans;
        this.budget = budget;
        this.sources = sources;
        this.ledger = ledger;
        this.imports = imports;
        this.funds = funds;
        this.clock = clock;
    }

    void load() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        Map<Long, String> sourceCodes = sources.list(PoggiardoDemo.SLUG).stream()
                .filter(s -> s.code() != null)
                .collect(Collectors.toMap(FundingSourceView::id, FundingSourceView::code));
        List<BudgetLineView> lines = budget.list(plan, null, null, null);
        long homeCare2024 = 0;
        for (Map.Entry<String, List<String>> chapter : CHAPTERS.entrySet()) {
            for (int year : List.of(2024, 2025)) {
                BudgetLineView line = line(lines, sourceCodes, chapter.getValue(), year);
                ledger.setAccountingCode(
                        line.id(), new AccountingCodeForm(chapter.getKey(), null), SpendingLedger.NOT_SET);
                if (chapter.getKey().equals("12041.03.0100") && year == 2024) {
                    homeCare2024 = line.id();
                }
            }
        }
        ledger.vary(
                homeCare2024,
                new VariationForm(
                        "Delibera CI n. 3/2024 (fittizia)",
                        LocalDate.of(2024, 1, 30),
                        new BigDecimal("5000.00"),
                        "Potenziamento del SAD per le dimissioni ospedaliere protette"));
        StagedImport staged = imports.upload(plan, "contabilita-ambito-2024-2025.csv", export());
        ImportReport report = imports.run(staged.id(), staged.guess());
        if (!report.imported()) {
            throw new IllegalStateException("The demo's accounting export does not import: " + report.errors());
        }
        report(plan, sourceCodes);
    }

    private void report(long plan, Map<Long, String> sourceCodes) {
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        Map<String, Long> byCode =
                sourceCodes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        record(plan, byCode.get("FNPS"), 2024, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 23), "4521/2025");
        record(plan, byCode.get("FNA"), 2024, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 18), "6840/2025");
        record(
                plan,
                byCode.get("POVERTY_FUND"),
                2024,
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 6, 27),
                "4603/2025");
        record(plan, byCode.get("FNA"), 2025, today.plusDays(45), null, null);
        record(plan, byCode.get("POVERTY_FUND"), 2025, today.minusDays(20), null, null);
    }

    private void record(long plan, long source, int year, LocalDate deadline, LocalDate reportedOn, String protocol) {
        funds.record(
                plan,
                source,
                year,
                new FundAnnualityForm(
                        deadline,
                        reportedOn,
                        protocol == null ? null : "Nota prot. n. " + protocol + " alla Regione Puglia (fittizia)",
                        null),
                SpendingLedger.NOT_SET);
    }

    private static BudgetLineView line(
            List<BudgetLineView> lines, Map<Long, String> sourceCodes, List<String> chapter, int year) {
        return lines.stream()
                .filter(l -> l.year() == year
                        && l.intervention().equals(chapter.get(0))
                        && chapter.get(1).equals(sourceCodes.get(l.fundingSourceId())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo line for " + chapter + " in " + year));
    }

    private static byte[] export() {
        try (InputStream in = new ClassPathResource(EXPORT).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
