package it.zona.plan;

import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapters of text of a plan. The standard ones come with the plan and stay (they may be
 * retitled, and left empty until written); free chapters are added and deleted at will. Reading
 * and changing follow the plan's own rules.
 */
@Service
@Transactional
public class SectionRegistry {

    public static final String ENTITY = "PlanSection";

    private static final Comparator<PlanSection> DOCUMENT_ORDER =
            Comparator.comparing(PlanSection::kind).thenComparing(PlanSection::id);

    private final PlanSections sections;
    private final PlanRegistry plans;
    private final ApplicationEventPublisher events;

    SectionRegistry(PlanSections sections, PlanRegistry plans, ApplicationEventPublisher events) {
        this.sections = sections;
        this.plans = plans;
        this.events = events;
    }

    /** The plan's chapters in the document's order: the standard ones, then the free ones as added. */
    @Transactional(readOnly = true)
    public List<SectionView> list(long planId) {
        plans.readableView(planId);
        return sections.findByPlanId(planId).stream()
                .sorted(DOCUMENT_ORDER)
                .map(PlanSection::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public SectionView get(long planId, long sectionId) {
        plans.readableView(planId);
        return find(planId, sectionId).view();
    }

    /** Adds a free chapter. */
    public SectionView create(long planId, SectionForm form, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        PlanSection section = new PlanSection(planId, SectionKind.FREE, "", "");
        section.apply(form);
        SectionView view = sections.saveAndFlush(section).view();
        events.publishEvent(change.record(EntityChanged.created(change.districtId(), ENTITY, view.id(), view)));
        return view;
    }

    public SectionView update(long planId, long sectionId, SectionForm form, long expectedVersion, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        PlanSection section = find(planId, sectionId);
        StaleVersionException.check(expectedVersion, section.version());
        SectionView before = section.view();
        section.apply(form);
        SectionView after = sections.saveAndFlush(section).view();
        events.publishEvent(
                change.record(EntityChanged.updated(change.districtId(), ENTITY, sectionId, before, after)));
        return after;
    }

    public void delete(long planId, long sectionId, String reason) {
        PlanChange change = plans.authorizeChange(planId, reason);
        PlanSection section = find(planId, sectionId);
        if (section.kind().standard()) {
            throw RuleViolationException.conflict(
                    null, "error.section.standard", section.view().title());
        }
        SectionView before = section.view();
        sections.delete(section);
        sections.flush();
        events.publishEvent(change.record(EntityChanged.deleted(change.districtId(), ENTITY, sectionId, before)));
    }

    /** A new plan's standard chapters, empty. */
    @EventListener
    void addStandardSections(PlanCreated created) {
        sections.saveAll(SectionKind.standardKinds().stream()
                .map(kind -> PlanSection.standard(created.planId(), kind))
                .toList());
    }

    private PlanSection find(long planId, long sectionId) {
        return sections.findByIdAndPlanId(sectionId, planId)
                .orElseThrow(() -> new NotFoundException("error.section.notFound", sectionId));
    }
}
