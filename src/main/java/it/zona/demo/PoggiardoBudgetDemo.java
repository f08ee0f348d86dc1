package it.zona.demo;

import it.zona.budget.BudgetGrid;
import it.zona.budget.BudgetGrid.Cell;
import it.zona.budget.BudgetRegistry;
import it.zona.budget.Cofunding;
import it.zona.budget.CofundingForm;
import it.zona.budget.CofundingMethod;
import it.zona.budget.FacilityForm;
import it.zona.budget.FacilityRegistry;
import it.zona.budget.FundingSourceRegistry;
import it.zona.budget.FundingSourceView;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingForm;
import it.zona.budget.StaffingRegistry;
import it.zona.document.ProgrammeApprovalForm;
import it.zona.document.ProgrammeApprovals;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationView;
import it.zona.plan.PlanAct;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionType;
import it.zona.programme.InterventionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The resources of the demo plans: a budget for every intervention the demo programme has, whatever
 * it is, derived from its area, its type and its place in the plan so that it comes out the same at
 * every start; the staff, with social workers at about one per 4,500 inhabitants (above the LEPS
 * minimum, short of the target); a few facilities; co-funding shared by population. The figures are
 * plausible but fictitious: the budget pages of a demo District say so, as its other pages do.
 * Both plans are past approval when this runs, so every change carries a reason, as an admin's would;
 * then the programme for 2024, with its money, is approved by the board's resolution and frozen.
 */
@Component
class PoggiardoBudgetDemo {

    static final String REASON = "Caricamento dei dati dimostrativi (importi fittizi)";

    private final PlanRegistry plans;
    private final InterventionRegistry interventions;
    private final FundingSourceRegistry sources;
    private final BudgetRegistry budget;
    private final StaffingRegistry staffing;
    private final FacilityRegistry facilities;
    private final Cofunding cofunding;
    private final OrganizationRegistry organizations;
    private final ProgrammeApprovals programmes;
    private final WrittenEntities written;

    PoggiardoBudgetDemo(
            PlanRegistry plans,
            InterventionRegistry interventions,
            FundingSourceRegistry sources,
            BudgetRegistry budget,
            StaffingRegistry staffing,
            FacilityRegistry facilities,
            Cofunding cofunding,
            OrganizationRegistry organizations,
            ProgrammeApprovals programmes,
            WrittenEntities written) {
        this.plans = plans;
        this.interventions = interventions;
        this.sources = sources;
        this.budget = budget;
        this.staffing = staffing;
        this.facilities = facilities;
        this.cofunding = cofunding;
        this.organizations = organizations;
        this.programmes = programmes;
        this.written = written;
    }

    void load() {
        Map<String, Long> source = sources.list(PoggiardoDemo.SLUG).stream()
                .filter(s -> s.code() != null)
                .collect(Collectors.toMap(FundingSourceView::code, FundingSourceView::id));
        Map<String, Long> organization = organizations.all(PoggiardoDemo.SLUG).stream()
                .collect(Collectors.toMap(OrganizationView::name, OrganizationView::id));
        for (PlanSummary plan : plans.list(PoggiardoDemo.SLUG)) {
            // The earlier plan had a little less money and fewer social workers.
            boolean earlier = plan.firstYear() < 2024;
            budget(plan.id(), source, earlier ? new BigDecimal("0.88") : BigDecimal.ONE);
            staff(plan, organization, earlier);
            facilities(plan.id(), organization, earlier);
            cofunding.update(
                    plan.id(),
                    new CofundingForm(CofundingMethod.POPULATION, null, Map.of(), null),
                    Cofunding.NOT_SET,
                    REASON);
        }
        approveProgramme2024();
    }

    /** With its money in, the programme for 2024 approved by the board's resolution n. 2 and frozen. */
    private void approveProgramme2024() {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        PlanAct act = plans.programmeActs(plan, 2024).stream()
                .filter(a -> a.label().contains("programma attuativo 2024"))
                .findFirst()
                .orElseThrow();
        programmes.approve(plan, 2024, new ProgrammeApprovalForm(act.date(), null, act.link()));
    }

    private void budget(long planId, Map<String, Long> source, BigDecimal scale) {
        List<InterventionView> all = interventions.list(planId);
        for (int order = 0; order < all.size(); order++) {
            InterventionView intervention = all.get(order);
            BudgetGrid grid = budget.grid(planId, intervention.id());
            Map<Cell, BigDecimal> cells = new LinkedHashMap<>();
            for (int year : grid.years()) {
                BigDecimal yearly = yearly(intervention, order, year).multiply(scale);
                split(intervention, order, yearly).forEach((code, amount) -> {
                    Long id = source.get(code);
                    if (id != null && amount.signum() > 0) {
                        cells.put(new Cell(year, id), amount.setScale(2, RoundingMode.HALF_UP));
                    }
                });
            }
            budget.saveGrid(planId, intervention.id(), cells, grid.version(), REASON);
            written.release();
        }
    }

    /** What an intervention costs in a year: by its type, varied by its place in the plan, growing 2% a year. */
    private static BigDecimal yearly(InterventionView intervention, int order, int year) {
        long base = switch (intervention.type()) {
            case SERVICE -> 90_000;
            case VOUCHER -> 60_000;
            case PROJECT -> 45_000;
            case SYSTEM_ACTION -> 25_000;
        };
        long varied = base + (order % 7) * 8_500L + (order * 137L % 100) * 10L;
        BigDecimal growth = BigDecimal.ONE.add(new BigDecimal("0.02").multiply(BigDecimal.valueOf(year - 2022)));
        return BigDecimal.valueOf(varied)
                .add(BigDecimal.valueOf(order * 37L % 100, 2))
                .multiply(growth);
    }

    /** Which sources pay for it, in percent: the national funds by area, the municipalities and others. */
    private static Map<String, BigDecimal> split(InterventionView intervention, int order, BigDecimal yearly) {
        String area =
                intervention.area().code() == null ? "" : intervention.area().code();
        Map<String, Integer> percent = new LinkedHashMap<>();
        switch (area) {
            case "ELDERLY", "DISABILITY" -> {
                percent.put("FNA", 40);
                percent.put("FNPS", 15);
                percent.put("HEALTH", 15);
            }
            case "POVERTY" -> {
                percent.put("POVERTY_FUND", 45);
                percent.put("FNPS", 20);
            }
            case "MENTAL_HEALTH", "ADDICTION" -> {
                percent.put("HEALTH", 35);
                percent.put("FNPS", 30);
            }
            case "FAMILY_AND_MINORS" -> {
                percent.put("FNPS", 40);
                percent.put("REGIONAL", 20);
            }
            default -> {
                percent.put("FNPS", 35);
                percent.put("REGIONAL", 25);
            }
        }
        if (order % 4 == 1) {
            percent.put("EU_PNRR", 15);
        }
        if (intervention.type() == InterventionType.SERVICE && order % 3 == 0) {
            percent.put("CO_PAYMENT", 5);
        }
        int rest = 100 - percent.values().stream().mapToInt(Integer::intValue).sum();
        int regional = percent.containsKey("REGIONAL") ? 0 : Math.min(10, Math.max(rest - 20, 0));
        percent.merge("REGIONAL", regional, Integer::sum);
        percent.put(
                "MUNICIPAL",
                100 - percent.values().stream().mapToInt(Integer::intValue).sum());
        return percent.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> yearly.multiply(BigDecimal.valueOf(e.getValue())).divide(BigDecimal.valueOf(100)),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The staff of every year: 9.3 social workers for 41,954 inhabitants now (one per 4,500), 7.9 before. */
    private void staff(PlanSummary plan, Map<String, Long> organization, boolean earlier) {
        Function<String, Long> org = organization::get;
        for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.SOCIAL_WORKER,
                    "Servizio sociale professionale dell’Ambito",
                    earlier ? "5.5" : "8.5",
                    org.apply(ProgrammeDemo.COMUNE));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.SOCIAL_WORKER,
                    "Segretariato sociale e presa in carico",
                    earlier ? "1.6" : "2.5",
                    org.apply(ProgrammeDemo.MELOGRANO));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.SOCIAL_WORKER,
                    "Punto unico di accesso socio-sanitario",
                    "0.8",
                    org.apply(ProgrammeDemo.ASL));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.EDUCATOR,
                    "Educativa domiciliare e territoriale",
                    earlier ? "3" : "4",
                    org.apply(ProgrammeDemo.MELOGRANO));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.PSYCHOLOGIST,
                    "Sostegno psicologico alle famiglie",
                    "1.5",
                    org.apply(ProgrammeDemo.ASL));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.ADMINISTRATIVE,
                    "Ufficio di Piano",
                    "2",
                    org.apply(ProgrammeDemo.COMUNE));
            row(
                    plan.id(),
                    year,
                    ProfessionalRole.COORDINATOR,
                    "Coordinamento dell’Ufficio di Piano",
                    "1",
                    org.apply(ProgrammeDemo.COMUNE));
        }
    }

    private void row(
            long planId, int year, ProfessionalRole role, String description, String fte, Long organizationId) {
        staffing.create(
                planId,
                new StaffingForm(year, role, description, new BigDecimal(fte), organizationId, null, null),
                REASON);
    }

    private void facilities(long planId, Map<String, Long> organization, boolean earlier) {
        facility(
                planId,
                "Sede dell’Ufficio di Piano",
                "Uffici",
                "Viale della Repubblica 12",
                "075061",
                organization.get(ProgrammeDemo.COMUNE),
                null);
        facility(
                planId,
                "Centro diurno per anziani «Il Pergolato» (fittizio)",
                "Centro diurno",
                "Via dei Mulini 4",
                "075091",
                organization.get(ProgrammeDemo.ANZIANI_ATTIVI),
                25);
        facility(
                planId,
                "Centro per la famiglia (fittizio)",
                "Centro per la famiglia",
                "Piazza del Popolo 1",
                "075005",
                organization.get(ProgrammeDemo.MELOGRANO),
                30);
        if (!earlier) {
            facility(
                    planId,
                    "Casa di comunità di Poggiardo (fittizia)",
                    "Struttura socio-sanitaria",
                    "Via Ospedale 2",
                    "075061",
                    organization.get(ProgrammeDemo.ASL),
                    null);
        }
    }

    private void facility(
            long planId,
            String name,
            String kind,
            String address,
            String municipality,
            Long organizationId,
            Integer capacity) {
        facilities.create(
                planId,
                new FacilityForm(
                        name, kind, address, municipality, organizationId, null, capacity, "Dati fittizi", null),
                REASON);
    }
}
