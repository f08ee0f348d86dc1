package it.zona.exports;

import static it.zona.exports.ExportTable.amount;
import static it.zona.exports.ExportTable.date;
import static it.zona.exports.ExportTable.decimal;
import static it.zona.exports.ExportTable.integer;
import static it.zona.exports.ExportTable.text;

import it.zona.budget.BudgetReport;
import it.zona.budget.LepsCheck;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingRegistry;
import it.zona.budget.StaffingView;
import it.zona.district.DistrictRegistry;
import it.zona.exports.ExportMappingView.AreaMapping;
import it.zona.exports.ExportMappingView.InterventionMapping;
import it.zona.exports.ExportMappingView.SourceMapping;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.shared.RuleViolationException;
import it.zona.spending.FundAnnualityView;
import it.zona.spending.FundReporting;
import it.zona.spending.PlanSpending;
import it.zona.spending.PlanSpending.LineFigures;
import it.zona.spending.SpendingFigures;
import it.zona.spending.SpendingTotals;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exports for the national information systems, as tables: the same figures the budget and the
 * spending keep (every line's planned amount, variations, committed and paid), classified by the
 * plan's mapping, for the whole plan or one year. The District's viewers read them; an export that
 * classifies lines refuses to run while a line is unmapped, and says which. Labels are Italian, as
 * the systems they go to are.
 */
@Service
@Transactional(readOnly = true)
class InformationSystemExports {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Locale ITALIAN = Locale.ITALIAN;

    private final ExportMappingRegistry mappings;
    private final SpendingTotals spending;
    private final FundReporting funds;
    private final BudgetReport budget;
    private final StaffingRegistry staffing;
    private final PlanRegistry plans;
    private final DistrictRegistry districts;
    private final MessageSource messages;

    InformationSystemExports(
            ExportMappingRegistry mappings,
            SpendingTotals spending,
            FundReporting funds,
            BudgetReport budget,
            StaffingRegistry staffing,
            PlanRegistry plans,
            DistrictRegistry districts,
            MessageSource messages) {
        this.mappings = mappings;
        this.spending = spending;
        this.funds = funds;
        this.budget = budget;
        this.staffing = staffing;
        this.plans = plans;
        this.districts = districts;
        this.messages = messages;
    }

    /** One export of the plan, for one year of it or all of them (year null). */
    ExportTable table(long planId, ExportKind kind, Integer year) {
        PlanView plan = plans.readableView(planId);
        districts.authorize(plan.districtSlug(), DistrictRole.VIEWER);
        if (year != null && !plan.years().contains(year)) {
            throw RuleViolationException.invalid(
                    "year", "error.exports.yearOutsidePlan", year.toString(), plan.period());
        }
        return switch (kind) {
            case ISTAT_MATRIX -> istatMatrix(planId, year);
            case FUNDS -> funds(planId, year);
            case STAFFING -> staffing(plan, year);
        };
    }

    /** An export written as a file, named after its kind, plan and year. */
    record Download(String fileName, FileFormat format, byte[] content) {

        ResponseEntity<byte[]> response() {
            MediaType type = format == FileFormat.CSV
                    ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                    : format.mediaType();
            return ResponseEntity.ok()
                    .contentType(type)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(fileName, StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .body(content);
        }
    }

    Download download(long planId, ExportKind kind, Integer year, FileFormat format) {
        ExportTable table = table(planId, kind, year);
        String name = kind.slug() + "-piano-" + planId + (year == null ? "" : "-" + year) + "." + format.extension();
        return new Download(name, format, ExportFiles.write(table, format));
    }

    /** Whether the plan's mapping is complete, for the page to offer the classified exports (viewers). */
    ExportMappingView mapping(long planId) {
        return mappings.view(planId);
    }

    private ExportTable istatMatrix(long planId, Integer year) {
        Classified classified = classified(planId);
        List<List<Object>> rows = new ArrayList<>();
        SpendingFigures total = SpendingFigures.NONE;
        for (LineFigures line : lines(planId, year)) {
            SurveyArea area = classified.area(line);
            SpendingType type = classified.type(line);
            NationalCategory category = classified.category(line);
            rows.add(Arrays.asList(
                    line.year(),
                    line.interventionId(),
                    line.intervention(),
                    line.area(),
                    area.name(),
                    label("exports.surveyArea.", area),
                    type.name(),
                    label("exports.spendingType.", type),
                    line.fundingSource(),
                    category.name(),
                    label("exports.category.", category),
                    line.figures().planned(),
                    line.figures().variations(),
                    line.figures().committed(),
                    line.figures().paid()));
            total = total.plus(line.figures());
        }
        return new ExportTable(
                "Rilevazione ISTAT",
                List.of(
                        integer("anno"),
                        integer("id_intervento"),
                        text("intervento"),
                        text("area_di_intervento"),
                        text("area_istat_codice"),
                        text("area_istat"),
                        text("tipologia_spesa_codice"),
                        text("tipologia_spesa"),
                        text("fonte"),
                        text("categoria_nazionale_codice"),
                        text("categoria_nazionale"),
                        amount("programmato"),
                        amount("variazioni"),
                        amount("impegnato"),
                        amount("pagato")),
                rows,
                Arrays.asList(
                        "Totale",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        total.planned(),
                        total.variations(),
                        total.committed(),
                        total.paid()));
    }

    private ExportTable funds(long planId, Integer year) {
        Classified classified = classified(planId);
        PlanSpending money = spending.of(planId, null);
        // The reporting the office recorded of each annuality (source and year), on each of its rows.
        Map<String, FundAnnualityView> reporting = new HashMap<>();
        funds.of(money).forEach(a -> reporting.put(a.fundingSourceId() + "/" + a.year(), a));
        Map<Long, Integer> sourceRank = new HashMap<>();
        classified.view.fundingSources().forEach(s -> sourceRank.put(s.id(), sourceRank.size()));
        List<LineFigures> lines = new ArrayList<>(money.lines().stream()
                .filter(l -> year == null || l.year() == year)
                .toList());
        // Fund by fund, annuality by annuality, source by source; the budget's order of interventions within.
        lines.sort(
                Comparator.comparing((LineFigures l) -> classified.category(l).ordinal())
                        .thenComparingInt(LineFigures::year)
                        .thenComparing(l -> sourceRank.getOrDefault(l.fundingSourceId(), 0)));
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal[] totals = {ZERO, ZERO, ZERO, ZERO, ZERO};
        for (LineFigures line : lines) {
            NationalCategory category = classified.category(line);
            FundAnnualityView annuality = reporting.get(line.fundingSourceId() + "/" + line.year());
            SpendingFigures f = line.figures();
            BigDecimal[] values = {
                f.planned(),
                f.committed(),
                f.paid(),
                f.planned().subtract(f.paid()),
                f.committed().subtract(f.paid())
            };
            for (int i = 0; i < values.length; i++) {
                totals[i] = totals[i].add(values[i]);
            }
            rows.add(Arrays.asList(
                    category.name(),
                    label("exports.category.", category),
                    category.isNationalFund() ? "SI" : "NO",
                    line.year(),
                    line.fundingSource(),
                    annuality == null ? null : annuality.reportingDeadline(),
                    annuality == null ? null : annuality.reportedOn(),
                    line.interventionId(),
                    line.intervention(),
                    label("exports.surveyArea.", classified.area(line)),
                    values[0],
                    values[1],
                    values[2],
                    values[3],
                    values[4]));
        }
        return new ExportTable(
                "Fondi per annualità",
                List.of(
                        text("categoria_nazionale_codice"),
                        text("categoria_nazionale"),
                        text("fondo_nazionale"),
                        integer("annualita"),
                        text("fonte"),
                        date("scadenza_rendicontazione"),
                        date("rendicontazione_inviata_il"),
                        integer("id_intervento"),
                        text("intervento"),
                        text("area_istat"),
                        amount("programmato"),
                        amount("impegnato"),
                        amount("pagato"),
                        amount("residuo_programmato_pagato"),
                        amount("residuo_impegnato_pagato")),
                rows,
                Arrays.asList(
                        "Totale", null, null, null, null, null, null, null, null, null, totals[0], totals[1], totals[2],
                        totals[3], totals[4]));
    }

    private ExportTable staffing(PlanView plan, Integer year) {
        Map<Integer, LepsCheck> leps = budget.overview(plan.id()).leps().stream()
                .collect(Collectors.toMap(LepsCheck::year, Function.identity()));
        Map<Integer, Map<ProfessionalRole, BigDecimal>> fte = new HashMap<>();
        for (StaffingView row : staffing.list(plan.id())) {
            fte.computeIfAbsent(row.year(), y -> new EnumMap<>(ProfessionalRole.class))
                    .merge(row.role(), row.fte(), BigDecimal::add);
        }
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal total = ZERO;
        for (int y : plan.years()) {
            if (year != null && y != year) {
                continue;
            }
            LepsCheck check = leps.get(y);
            Map<ProfessionalRole, BigDecimal> roles = fte.getOrDefault(y, Map.of());
            if (roles.isEmpty()) {
                // A year without staff still has its LEPS check: one row says so.
                rows.add(staffingRow(y, null, ZERO, check));
            }
            for (Map.Entry<ProfessionalRole, BigDecimal> role : roles.entrySet()) {
                rows.add(staffingRow(y, role.getKey(), role.getValue(), check));
                total = total.add(role.getValue());
            }
        }
        return new ExportTable(
                "Personale e LEPS",
                List.of(
                        integer("anno"),
                        text("ruolo_codice"),
                        text("ruolo"),
                        decimal("fte"),
                        integer("popolazione"),
                        date("data_popolazione"),
                        decimal("as_fte_conteggiati"),
                        decimal("as_fte_altri_enti"),
                        decimal("leps_minimo_fte"),
                        decimal("leps_obiettivo_fte"),
                        text("leps_minimo_raggiunto"),
                        text("leps_obiettivo_raggiunto")),
                rows,
                Arrays.asList("Totale", null, null, total.setScale(2), null, null, null, null, null, null, null, null));
    }

    private List<Object> staffingRow(int year, ProfessionalRole role, BigDecimal fte, LepsCheck check) {
        return Arrays.asList(
                year,
                role == null ? null : role.name(),
                role == null ? null : messages.getMessage("professionalRole." + role.name(), null, ITALIAN),
                fte.setScale(2, java.math.RoundingMode.HALF_UP),
                check == null ? null : check.population(),
                check == null ? null : check.populationDate(),
                check == null ? null : check.socialWorkerFte(),
                check == null ? null : check.otherSocialWorkerFte(),
                check == null ? null : check.minimumFte(),
                check == null ? null : check.targetFte(),
                check == null ? null : check.meetsMinimum() ? "SI" : "NO",
                check == null ? null : check.meetsTarget() ? "SI" : "NO");
    }

    private List<LineFigures> lines(long planId, Integer year) {
        return spending.of(planId, null).lines().stream()
                .filter(l -> year == null || l.year() == year)
                .toList();
    }

    private Classified classified(long planId) {
        return new Classified(mappings.complete(planId));
    }

    private String label(String prefix, Enum<?> value) {
        return messages.getMessage(prefix + value.name(), null, ITALIAN);
    }

    /** The complete mapping, looked up by line. */
    private static final class Classified {

        private final ExportMappingView view;
        private final Map<Long, SurveyArea> areas;
        private final Map<Long, NationalCategory> sources;
        private final Map<Long, SpendingType> interventions;

        Classified(ExportMappingView view) {
            this.view = view;
            this.areas = view.areas().stream().collect(Collectors.toMap(AreaMapping::id, AreaMapping::surveyArea));
            this.sources = view.fundingSources().stream()
                    .collect(Collectors.toMap(SourceMapping::id, SourceMapping::category));
            this.interventions = view.interventions().stream()
                    .collect(Collectors.toMap(InterventionMapping::id, InterventionMapping::spendingType));
        }

        SurveyArea area(LineFigures line) {
            return areas.get(line.areaId());
        }

        NationalCategory category(LineFigures line) {
            return sources.get(line.fundingSourceId());
        }

        SpendingType type(LineFigures line) {
            return interventions.get(line.interventionId());
        }
    }
}
