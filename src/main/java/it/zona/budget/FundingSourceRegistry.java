package it.zona.budget;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.plan.PlanCreated;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanSummary;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding sources of a District, shared by its plans so that plans compare source by source.
 * Public to read; the District's admins keep the list. A District starts with the usual national,
 * regional, municipal, health and European sources when it creates its first plan.
 */
@Service
@Transactional
public class FundingSourceRegistry {

    public static final String ENTITY = "FundingSource";

    private final FundingSources sources;
    private final BudgetLines lines;
    private final DistrictRegistry districts;
    private final PlanRegistry plans;
    private final ApplicationEventPublisher events;

    FundingSourceRegistry(
            FundingSources sources,
            BudgetLines lines,
            DistrictRegistry districts,
            PlanRegistry plans,
            ApplicationEventPublisher events) {
        this.sources = sources;
        this.lines = lines;
        this.districts = districts;
        this.plans = plans;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<FundingSourceView> list(String slug) {
        DistrictRef district = districts.ref(slug);
        return sources.findByDistrictIdOrderByPosition(district.id()).stream()
                .map(FundingSource::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public FundingSourceView get(String slug, long id) {
        return find(districts.ref(slug).id(), id).view();
    }

    public FundingSourceView create(String slug, FundingSourceForm form) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.ADMIN);
        requireUnique(district.id(), form.name(), null);
        List<FundingSource> existing = sources.findByDistrictIdOrderByPosition(district.id());
        int position = existing.stream().mapToInt(FundingSource::position).max().orElse(0) + 1;
        FundingSource source =
                new FundingSource(district.id(), null, form.name().strip(), null, position);
        source.apply(form);
        sources.saveAndFlush(source);
        events.publishEvent(EntityChanged.created(district.id(), ENTITY, source.id(), source.view()));
        return source.view();
    }

    public FundingSourceView update(String slug, long id, FundingSourceForm form, long expectedVersion) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.ADMIN);
        FundingSource source = find(district.id(), id);
        StaleVersionException.check(expectedVersion, source.version());
        requireUnique(district.id(), form.name(), id);
        FundingSourceView before = source.view();
        source.apply(form);
        sources.saveAndFlush(source);
        events.publishEvent(EntityChanged.updated(district.id(), ENTITY, id, before, source.view()));
        return source.view();
    }

    /** The plans whose budget uses the source: while there are any, it can be retired but not deleted. */
    @Transactional(readOnly = true)
    public List<String> heldBy(String slug, long id) {
        find(districts.authorize(slug, DistrictRole.VIEWER).id(), id);
        Map<Long, String> titles =
                plans.list(slug).stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        return lines.usageOfSource(id).stream()
                .map(usage -> titles.get(usage.getPlanId()) + " (" + usage.getLines() + ")")
                .toList();
    }

    public void delete(String slug, long id) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.ADMIN);
        FundingSource source = find(district.id(), id);
        List<String> holders = heldBy(slug, id);
        if (!holders.isEmpty()) {
            throw RuleViolationException.conflict(
                    null, "error.fundingSource.inUse", source.name(), String.join(", ", holders));
        }
        sources.delete(source);
        sources.flush();
        events.publishEvent(EntityChanged.deleted(district.id(), ENTITY, id, source.view()));
    }

    /** A District's first plan brings the usual funding sources with it. */
    @EventListener
    void prepare(PlanCreated created) {
        if (!sources.findByDistrictIdOrderByPosition(created.districtId()).isEmpty()) {
            return;
        }
        int position = 1;
        for (FundingSourceCode code : FundingSourceCode.DEFAULTS) {
            sources.save(new FundingSource(created.districtId(), code.name(), code.defaultName(), null, position++));
        }
    }

    /** For the budget: the District's source, which must still be in use for a new or changed line. */
    FundingSource requireUsable(long districtId, long id, boolean keepingRetired) {
        FundingSource source = sources.findByIdAndDistrictId(id, districtId)
                .orElseThrow(
                        () -> RuleViolationException.invalid("fundingSourceId", "error.fundingSource.notInDistrict"));
        if (!source.active() && !keepingRetired) {
            throw RuleViolationException.invalid("fundingSourceId", "error.fundingSource.retired", source.name());
        }
        return source;
    }

    private FundingSource find(long districtId, long id) {
        return sources.findByIdAndDistrictId(id, districtId)
                .orElseThrow(() -> new NotFoundException("error.fundingSource.notFound", id));
    }

    private void requireUnique(long districtId, String name, Long self) {
        sources.findByDistrictIdAndNameIgnoreCase(districtId, name.strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw RuleViolationException.conflict("name", "error.fundingSource.duplicate", other.name());
                });
    }
}
