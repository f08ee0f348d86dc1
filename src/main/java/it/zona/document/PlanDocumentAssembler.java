package it.zona.document;

import it.zona.budget.BudgetOverview;
import it.zona.budget.BudgetReport;
import it.zona.budget.ProfessionalRole;
import it.zona.budget.StaffingRegistry;
import it.zona.budget.StaffingView;
import it.zona.document.PlanDocument.AreaSection;
import it.zona.document.PlanDocument.ObjectiveSection;
import it.zona.document.PlanDocument.StaffingRow;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanView;
import it.zona.plan.SectionRegistry;
import it.zona.plan.SectionView;
import it.zona.programme.AreaObjectives.GeneralObjective;
import it.zona.programme.InterventionView;
import it.zona.programme.ObjectiveView;
import it.zona.programme.Programme;
import it.zona.programme.ProgrammeOutline;
import it.zona.programme.ProgrammeOutline.AreaOutline;
import it.zona.shared.PlatformConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the plan document from the plan's data, in one place: whatever the plan holds is told
 * here and nowhere typed again. Reading follows the plan's rule: anyone once it is approved, the
 * District's staff before.
 */
@Service
@Transactional(readOnly = true)
class PlanDocumentAssembler {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PlanRegistry plans;
    private final Programme programme;
    private final BudgetReport budget;
    private final StaffingRegistry staffing;
    private final SectionRegistry sections;
    private final DocumentWriter writer;
    private final Clock clock;

    PlanDocumentAssembler(
            PlanRegistry plans,
            SectionRegistry sections,
            Programme programme,
            BudgetReport budget,
            StaffingRegistry staffing,
            DocumentWriter writer,
            Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.writer = writer;
        this.programme = programme;
        this.budget = budget;
        this.staffing = staffing;
        this.clock = clock;
    }

    /** A document written as a file: its name and its bytes. */
    public record PdfFile(String fileName, byte[] content) {}

    /** The document's content as Italian HTML, for the page that shows it. */
    public String html(long planId, DocumentKind kind) {
        return writer.html(assemble(planId), kind);
    }

    /** The document as PDF/A, written now from the plan's current data. */
    public PdfFile pdf(long planId, DocumentKind kind) {
        PlanDocument document = assemble(planId);
        return new PdfFile(
                kind.fileName(document.plan().districtSlug(), document.plan().period()), writer.pdf(document, kind));
    }

    public PlanDocument assemble(long planId) {
        PlanView plan = plans.view(planId);
        ProgrammeOutline outline = programme.outline(planId);
        BudgetOverview overview = budget.overview(planId);
        return new PlanDocument(
                plan,
                LocalDate.now(clock.withZone(PlatformConfig.ZONE)),
                chapters(plan),
                outline.areas().stream().map(PlanDocumentAssembler::section).toList(),
                overview,
                staffing(plan, staffing.list(planId)),
                planned(plan));
    }

    /** The plan's text chapters that have been written, in the plan's order. */
    private List<Chapter> chapters(PlanView plan) {
        return sections.list(plan.id()).stream()
                .filter(SectionView::written)
                .map(section -> new Chapter(section.title(), section.text()))
                .toList();
    }

    private static AreaSection section(AreaOutline area) {
        List<ObjectiveSection> objectives = new ArrayList<>();
        for (GeneralObjective general : area.objectives()) {
            List<InterventionView> interventions =
                    new ArrayList<>(area.interventionsOf(general.objective().id()));
            for (ObjectiveView specific : general.specifics()) {
                interventions.addAll(area.interventionsOf(specific.id()));
            }
            objectives.add(new ObjectiveSection(general.objective(), general.specifics(), interventions));
        }
        return new AreaSection(area.area(), area.needs(), objectives);
    }

    private Map<Long, BigDecimal> planned(PlanView plan) {
        Map<Long, BigDecimal> planned = new HashMap<>();
        for (int year : plan.years()) {
            programme
                    .year(plan.id(), year)
                    .planned()
                    .forEach((id, amount) -> planned.merge(id, amount, BigDecimal::add));
        }
        return planned;
    }

    private static List<StaffingRow> staffing(PlanView plan, List<StaffingView> rows) {
        List<Integer> years = plan.years();
        Map<ProfessionalRole, BigDecimal[]> byRole = new EnumMap<>(ProfessionalRole.class);
        for (StaffingView row : rows) {
            int index = years.indexOf(row.year());
            if (index >= 0) {
                BigDecimal[] fte = byRole.computeIfAbsent(row.role(), r -> zeros(years.size()));
                fte[index] = fte[index].add(row.fte());
            }
        }
        List<StaffingRow> table = new ArrayList<>();
        byRole.forEach((role, fte) -> table.add(new StaffingRow(role, List.of(fte))));
        return table;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        Arrays.fill(zeros, ZERO);
        return zeros;
    }
}
