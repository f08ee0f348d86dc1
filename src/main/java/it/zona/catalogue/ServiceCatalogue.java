package it.zona.catalogue;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.office.OfficeRegistry;
import it.zona.office.OfficeView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.plan.PlanSummary;
import it.zona.programme.InterventionRegistry;
import it.zona.programme.InterventionView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of a District's services: public to read and to search, written by the District's
 * editors. A service names only what is the District's: its member municipalities, its offices,
 * the interventions of its plans still running.
 */
@Service
@Transactional
public class ServiceCatalogue {

    public static final String ENTITY = "SocialService";
    public static final int PAGE_SIZE = 20;

    private final SocialServices services;
    private final DistrictRegistry districts;
    private final OfficeRegistry offices;
    private final PlanRegistry plans;
    private final InterventionRegistry interventions;
    private final ServiceCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceCatalogue(
            SocialServices services,
            DistrictRegistry districts,
            OfficeRegistry offices,
            PlanRegistry plans,
            InterventionRegistry interventions,
            ServiceCodes codes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.services = services;
        this.codes = codes;
        this.districts = districts;
        this.offices = offices;
        this.plans = plans;
        this.interventions = interventions;
        this.events = events;
        this.clock = clock;
    }

    /** Public: a page of the District's services matching the filter. */
    @Transactional(readOnly = true)
    public PageView<ServiceSummary> search(String slug, ServiceFilter filter, ServiceOrder order, int page, int size) {
        long districtId = districts.ref(slug).id();
        List<String> words = new ArrayList<>(filter.q() == null ? List.of() : SearchTerms.patterns(filter.q()));
        while (words.size() < SearchTerms.MAX_WORDS) {
            words.add(null);
        }
        String municipality =
                filter.municipality() == null || filter.municipality().isBlank()
                        ? null
                        : filter.municipality().strip();
        LocalDate today = today();
        return PageView.of(
                services.search(
                        districtId,
                        filter.kind(),
                        filter.category(),
                        filter.audience(),
                        municipality,
                        words.get(0),
                        words.get(1),
                        words.get(2),
                        words.get(3),
                        words.get(4),
                        PageView.request(page, size, order.sort())),
                service -> service.summary(today));
    }

    /** Public: one service. */
    @Transactional(readOnly = true)
    public SocialServiceView get(long id) {
        SocialService service =
                services.findById(id).orElseThrow(() -> new NotFoundException("error.service.notFound", id));
        return view(service);
    }

    /** Public: every service of the District, by title, as one service is read. */
    @Transactional(readOnly = true)
    public List<SocialServiceView> all(String slug) {
        DistrictView district = districts.view(slug);
        LocalDate today = today();
        return services.findByDistrictIdOrderByTitleAscIdAsc(district.id()).stream()
                .map(service -> service.view(district.slug(), today))
                .toList();
    }

    /** Public: a service's offices, with their hours and whether each is open now, in its order. */
    @Transactional(readOnly = true)
    public List<OfficeView> offices(SocialServiceView service) {
        List<OfficeView> all = offices.list(service.districtSlug());
        return service.officeIds().stream()
                .flatMap(id -> all.stream().filter(office -> office.id() == id))
                .toList();
    }

    /**
     * Public: the interventions that fund the service, in the District's plans the user may read
     * (newest plan first), each plan's interventions read once rather than one query per link.
     */
    @Transactional(readOnly = true)
    List<Funding> funding(SocialServiceView service) {
        Set<Long> wanted = new HashSet<>(service.interventionIds());
        List<Funding> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (PlanSummary plan : plans.list(service.districtSlug())) {
            for (InterventionView intervention : interventions.list(plan.id())) {
                if (wanted.contains(intervention.id())) {
                    found.add(new Funding(plan.id(), plan.label(), intervention.id(), intervention.title()));
                }
            }
            if (found.size() == wanted.size()) {
                break;
            }
        }
        return found;
    }

    /**
     * For the editors' form: the interventions a service may name, by plan: those of the running
     * plans, and of a closed plan only those the service already names, so that editing it keeps
     * them rather than drop them unseen.
     */
    @Transactional(readOnly = true)
    List<FundingChoice> fundingChoices(String slug, List<Long> kept) {
        return plans.list(slug).stream()
                .map(plan -> new FundingChoice(
                        plan.label(),
                        interventions.list(plan.id()).stream()
                                .filter(i -> plan.stage() != PlanStage.CLOSED || kept.contains(i.id()))
                                .toList()))
                .filter(choice -> !choice.interventions().isEmpty())
                .toList();
    }

    public SocialServiceView create(String slug, SocialServiceForm form) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        check(districts.view(slug), form, null);
        SocialService service = services.saveAndFlush(new SocialService(access.id(), form, clock.instant()));
        SocialServiceView view = view(service);
        events.publishEvent(EntityChanged.created(access.id(), ENTITY, service.id(), view));
        return view;
    }

    public SocialServiceView update(long id, SocialServiceForm form, long expectedVersion) {
        SocialService service = writable(id);
        StaleVersionException.check(expectedVersion, service.version());
        SocialServiceView before = view(service);
        check(districts.view(before.districtSlug()), form, before);
        service.apply(form, clock.instant());
        services.saveAndFlush(service);
        SocialServiceView after = view(service);
        events.publishEvent(EntityChanged.updated(service.districtId(), ENTITY, id, before, after));
        return after;
    }

    public void delete(long id) {
        SocialService service = writable(id);
        SocialServiceView before = view(service);
        services.delete(service);
        events.publishEvent(EntityChanged.deleted(service.districtId(), ENTITY, id, before));
    }

    /** The service for its District's editors; anyone else learns nothing of it beyond what is public. */
    private SocialService writable(long id) {
        SocialService service =
                services.findById(id).orElseThrow(() -> new NotFoundException("error.service.notFound", id));
        districts.authorize(districts.refs(List.of(service.districtId())).get(0).slug(), DistrictRole.EDITOR);
        return service;
    }

    /**
     * What the form names must be the District's, and its dates and window must make sense. What the
     * service already has stays acceptable: a code the installation's list dropped, an intervention
     * of a plan closed since.
     */
    private void check(DistrictView district, SocialServiceForm form, SocialServiceView current) {
        String code = PlainText.blankToNull(form.serviceCode());
        if (!codes.accepts(code, current == null ? null : current.serviceCode())) {
            throw RuleViolationException.invalid("serviceCode", "error.service.unknownCode", code);
        }
        if (form.statusFrom() != null
                && form.statusUntil() != null
                && form.statusUntil().isBefore(form.statusFrom())) {
            throw RuleViolationException.invalid("statusUntil", "error.service.statusUntilBeforeFrom");
        }
        if (form.status() == ServiceStatus.ACTIVE && form.statusUntil() != null) {
            throw RuleViolationException.invalid("statusUntil", "error.service.activeUntil");
        }
        if (form.window() != null) {
            if (form.kind() != ServiceKind.VOUCHER) {
                throw RuleViolationException.invalid("window", "error.service.windowForVouchers");
            }
            if (form.window().closesOn().isBefore(form.window().opensOn())) {
                throw RuleViolationException.invalid("window.closesOn", "error.service.windowClosesBeforeOpening");
            }
        }
        if (form.audiences().isEmpty()) {
            throw RuleViolationException.invalid("audiences", "error.service.audienceRequired");
        }
        if (form.allMunicipalities() && !form.municipalities().isEmpty()) {
            throw RuleViolationException.invalid("municipalities", "error.service.allAndSome");
        }
        if (!form.allMunicipalities() && form.municipalities().isEmpty()) {
            throw RuleViolationException.invalid("municipalities", "error.service.municipalitiesRequired");
        }
        Set<String> members = district.municipalities().stream()
                .map(MunicipalityView::istatCode)
                .collect(Collectors.toSet());
        for (int i = 0; i < form.municipalities().size(); i++) {
            if (!members.contains(form.municipalities().get(i))) {
                throw RuleViolationException.invalid(
                        "municipalities[" + i + "]",
                        "error.district.notMember",
                        form.municipalities().get(i));
            }
        }
        Set<Long> districtOffices =
                offices.list(district.slug()).stream().map(OfficeView::id).collect(Collectors.toSet());
        for (int i = 0; i < form.officeIds().size(); i++) {
            if (!districtOffices.contains(form.officeIds().get(i))) {
                throw RuleViolationException.invalid(
                        "officeIds[" + i + "]",
                        "error.service.noSuchOffice",
                        form.officeIds().get(i));
            }
        }
        if (!form.interventionIds().isEmpty()) {
            Set<Long> running = runningInterventions(district.slug());
            if (current != null) {
                running.addAll(current.interventionIds());
            }
            for (int i = 0; i < form.interventionIds().size(); i++) {
                if (!running.contains(form.interventionIds().get(i))) {
                    throw RuleViolationException.invalid(
                            "interventionIds[" + i + "]",
                            "error.service.noSuchIntervention",
                            form.interventionIds().get(i));
                }
            }
        }
    }

    /** The interventions of the District's plans still in force that the user may read. */
    private Set<Long> runningInterventions(String slug) {
        Set<Long> ids = new HashSet<>();
        for (PlanSummary plan : runningPlans(slug)) {
            interventions.list(plan.id()).forEach(intervention -> ids.add(intervention.id()));
        }
        return ids;
    }

    /** The District's plans still in force (not closed) that the user may read. */
    private List<PlanSummary> runningPlans(String slug) {
        return plans.list(slug).stream()
                .filter(plan -> plan.stage() != PlanStage.CLOSED)
                .toList();
    }

    private SocialServiceView view(SocialService service) {
        return service.view(districts.refs(List.of(service.districtId())).get(0).slug(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }

    /** An intervention that funds a service, with its plan, as the service's page links it. */
    record Funding(long planId, String plan, long id, String title) {}

    /** A running plan's interventions, among which the form picks those that fund a service. */
    record FundingChoice(String plan, List<InterventionView> interventions) {}
}
