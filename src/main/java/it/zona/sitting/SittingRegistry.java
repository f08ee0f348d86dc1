package it.zona.sitting;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView;
import it.zona.governance.GoverningBodyView.MemberView;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.OfficialDocumentIssued;
import it.zona.shared.PageView;
import it.zona.shared.PlainText;
import it.zona.shared.PlatformConfig;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sittings of the governing bodies. The office (District editors) convenes them, records who
 * attended and the votes by name; the outcome of each item is computed from the body's rules, and
 * an approved item becomes a numbered resolution ({@link ResolutionNumbering}). Everyone may read
 * sittings: they are acts of public bodies.
 */
@Service
@Transactional
public class SittingRegistry {

    public static final String ENTITY = "Sitting";
    public static final int PAGE_SIZE = 20;

    private final Sittings sittings;
    private final Resolutions resolutions;
    private final QuorumRuleBook rules;
    private final ResolutionDocuments documents;
    private final ResolutionWriter writer;
    private final PlanTies ties;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SittingRegistry(
            Sittings sittings,
            Resolutions resolutions,
            QuorumRuleBook rules,
            ResolutionDocuments documents,
            ResolutionWriter writer,
            PlanTies ties,
            DistrictRegistry districts,
            GovernanceRegistry governance,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sittings = sittings;
        this.resolutions = resolutions;
        this.rules = rules;
        this.documents = documents;
        this.writer = writer;
        this.ties = ties;
        this.districts = districts;
        this.governance = governance;
        this.events = events;
        this.clock = clock;
    }

    /** Public: a District's sittings, the latest first, of one body or all. */
    @Transactional(readOnly = true)
    public PageView<SittingView> list(String slug, Long bodyId, int page, int size) {
        DistrictView district = districts.view(slug);
        Map<Long, GoverningBodyView> bodies =
                governance.list(slug).stream().collect(Collectors.toMap(GoverningBodyView::id, Function.identity()));
        if (bodyId != null && !bodies.containsKey(bodyId)) {
            throw new NotFoundException("error.governingBody.notFound", bodyId);
        }
        Sort latestFirst = Sort.by(Sort.Order.desc("sittingDate"), Sort.Order.desc("id"));
        Page<Sitting> found = sittings.findInDistrict(district.id(), bodyId, PageView.request(page, size, latestFirst));
        // What the rows refer to, read once for the page rather than once per row.
        List<Sitting> rows = found.getContent();
        Map<Long, List<Resolution>> adopted =
                resolutions.findBySittingIdIn(rows.stream().map(Sitting::id).toList()).stream()
                        .collect(Collectors.groupingBy(Resolution::sittingId));
        Map<Long, ResolutionRef> affected = affected(rows);
        Map<Long, QuorumRules> bodyRules = new HashMap<>();
        Function<PlanTie, Decides> decides = ties.reader();
        return PageView.of(found, s -> {
            Scene scene = new Scene(district, bodies.get(s.governingBodyId()), s);
            scene.rules = bodyRules.computeIfAbsent(s.governingBodyId(), id -> rules.of(id, district.id()));
            return view(scene, adopted.getOrDefault(s.id(), List.of()), affected, decides);
        });
    }

    private Map<Long, ResolutionRef> affected(List<Sitting> rows) {
        Set<Long> ids = rows.stream()
                .flatMap(s -> s.items().stream())
                .map(AgendaItem::affectsResolution)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty()
                ? Map.of()
                : resolutions.findAllById(ids).stream().collect(Collectors.toMap(Resolution::id, ResolutionRef::of));
    }

    @Transactional(readOnly = true)
    public SittingView get(long id) {
        return view(scene(find(id)));
    }

    public SittingView convene(String slug, SittingForm form) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        GoverningBodyView body = governance.get(slug, form.governingBodyId());
        Sitting sitting =
                new Sitting(access.id(), body.id(), convocation(access.id(), slug, body.id(), form), clock.instant());
        sittings.saveAndFlush(sitting);
        SittingView view = view(scene(sitting));
        events.publishEvent(EntityChanged.created(access.id(), ENTITY, sitting.id(), view));
        events.publishEvent(new ConvocationIssued(sitting.id()));
        return view;
    }

    /** Changes the convocation; the body stays the one convened. */
    public SittingView update(long id, SittingForm form, long expectedVersion) {
        SittingView updated = change(id, expectedVersion, (scene, sitting) -> {
            if (form.governingBodyId() != sitting.governingBodyId()) {
                throw RuleViolationException.invalid("governingBodyId", "error.sitting.bodyFixed");
            }
            // A decided sitting says so before any item is checked against plans that have moved on since.
            sitting.requireConvocationOpen();
            sitting.convene(
                    convocation(sitting.districtId(), scene.district.slug(), sitting.governingBodyId(), form),
                    clock.instant());
        });
        events.publishEvent(new ConvocationIssued(id));
        return updated;
    }

    public SittingView cancel(long id, long expectedVersion) {
        SittingView cancelled = change(id, expectedVersion, (scene, sitting) -> sitting.cancel(clock.instant()));
        events.publishEvent(new ConvocationIssued(id));
        return cancelled;
    }

    /** Public: the District a sitting belongs to. */
    @Transactional(readOnly = true)
    public DistrictView districtOf(long id) {
        return districts.view(slugOf(find(id)));
    }

    @Transactional(readOnly = true)
    public SittingAttendanceView attendance(long id) {
        return attendanceView(scene(find(id)));
    }

    public SittingAttendanceView recordAttendance(long id, SittingAttendanceForm form, long expectedVersion) {
        SittingView changed = change(id, expectedVersion, (scene, sitting) -> {
            List<Attendance> sheet = new ArrayList<>();
            Map<Long, Seat> seats = scene.seatsById();
            for (SittingAttendanceForm.MemberAttendance entry : form.entries()) {
                Seat seat = seats.get(entry.personId());
                boolean delegated = entry.presence() == Presence.DELEGATE;
                sheet.add(new Attendance(
                        entry.personId(),
                        seat == null ? null : seat.municipality(),
                        entry.presence(),
                        delegated ? PlainText.blankToNull(entry.delegate()) : null,
                        delegated ? PlainText.blankToNull(entry.delegation()) : null));
            }
            sitting.recordAttendance(form.call(), sheet, seats.keySet(), today(), clock.instant());
        });
        return attendance(changed.id());
    }

    @Transactional(readOnly = true)
    public VotesView votes(long id, int number) {
        return votesView(scene(find(id)), number);
    }

    /** Votes need the quorum: a sitting without it decides nothing. */
    public VotesView recordVotes(long id, int number, VotesForm form, long expectedVersion) {
        change(id, expectedVersion, (scene, sitting) -> {
            scene.requireQuorum();
            Map<Long, Choice> cast = new LinkedHashMap<>();
            for (int i = 0; i < form.votes().size(); i++) {
                VotesForm.Ballot vote = form.votes().get(i);
                if (cast.put(vote.personId(), vote.choice()) != null) {
                    throw RuleViolationException.invalid("votes[" + i + "].personId", "error.sitting.votedTwice");
                }
            }
            sitting.recordVotes(number, cast, scene::weight, clock.instant());
        });
        return votes(id, number);
    }

    /**
     * Closes the vote on an item: the outcome from the votes and the rules, and for an approved item
     * its resolution with the next number of the body and year. Called inside a transaction by
     * {@link ResolutionNumbering}, which retries when another node took the number meanwhile.
     */
    SittingView.ItemView decideOnce(long id, int number, long expectedVersion) {
        SittingView after = change(id, expectedVersion, (scene, sitting) -> {
            scene.requireQuorum();
            Map<Seat, Choice> cast = new LinkedHashMap<>();
            Map<Long, Seat> seats = scene.seatsById();
            for (Vote vote : sitting.votesOn(number)) {
                cast.put(seats.get(vote.personId()), vote.choice());
            }
            Tally tally = scene.rules().tally(cast);
            AgendaItem decided = sitting.decide(number, tally, scene::weight, clock.instant());
            sittings.saveAndFlush(sitting);
            if (decided.outcome() == Outcome.APPROVED) {
                int next = resolutions.lastNumber(
                                sitting.governingBodyId(), sitting.heldOn().getYear())
                        + 1;
                Resolution resolution = new Resolution(sitting, number, decided, next, clock.instant());
                resolutions.saveAndFlush(resolution);
                byte[] pdf = writer.write(
                        scene, resolution, decided, ties.reader().apply(resolution.tie()), sitting.votesOn(number));
                documents.save(new ResolutionDocument(resolution.id(), pdf));
                events.publishEvent(new OfficialDocumentIssued(
                        sitting.districtId(),
                        OfficialDocumentIssued.Kind.RESOLUTION,
                        "resolution:" + resolution.id(),
                        ResolutionActs.label(resolution, scene.body.name()),
                        sitting.governingBodyId(),
                        null,
                        false,
                        resolution.adoptedOn(),
                        "/resolutions/" + resolution.id(),
                        ResolutionRegistry.fileName(resolution),
                        "application/pdf",
                        pdf));
                events.publishEvent(EntityChanged.created(
                        sitting.districtId(),
                        ResolutionRegistry.ENTITY,
                        resolution.id(),
                        ResolutionRef.of(resolution)));
            }
        });
        return after.items().get(number - 1);
    }

    private SittingView change(long id, long expectedVersion, Change change) {
        Sitting sitting = find(id);
        DistrictAccess access = districts.authorize(slugOf(sitting), DistrictRole.EDITOR);
        StaleVersionException.check(expectedVersion, sitting.version());
        Scene scene = scene(sitting);
        SittingView before = view(scene);
        change.apply(scene, sitting);
        sittings.saveAndFlush(sitting);
        SittingView after = view(scene(sitting));
        events.publishEvent(EntityChanged.updated(access.id(), ENTITY, id, before, after));
        return after;
    }

    private interface Change {
        void apply(Scene scene, Sitting sitting);
    }

    private Convocation convocation(long districtId, String slug, long bodyId, SittingForm form) {
        List<AgendaItem> items = new ArrayList<>();
        PlanTies.Checker plans = ties.checker(slug);
        for (int i = 0; i < form.items().size(); i++) {
            SittingForm.ItemForm item = form.items().get(i);
            String field = "items[" + i + "]";
            Long affects = item.affectsResolutionId();
            if ((affects == null) != (item.effect() == null)) {
                throw RuleViolationException.invalid(field + ".effect", "error.sitting.effectWithoutResolution");
            }
            if (affects != null
                    && resolutions
                            .findByIdAndDistrictId(affects, districtId)
                            .filter(r -> r.governingBodyId() == bodyId)
                            .isEmpty()) {
                throw RuleViolationException.invalid(field + ".affectsResolutionId", "error.sitting.noSuchResolution");
            }
            PlanTie tie = plans.check(field, item.planId(), item.planStage(), item.programmeYear());
            items.add(AgendaItem.proposed(
                    PlainText.require(field + ".title", item.title().strip()),
                    PlainText.blankToNull(item.proposal()),
                    affects,
                    item.effect(),
                    tie));
        }
        return new Convocation(
                form.date(),
                form.startTime(),
                form.secondCallDate(),
                form.secondCallTime(),
                PlainText.blankToNull(form.place()),
                PlainText.blankToNull(form.onlineLink()),
                items);
    }

    Sitting find(long id) {
        return sittings.findById(id).orElseThrow(() -> new NotFoundException("error.sitting.notFound", id));
    }

    private String slugOf(Sitting sitting) {
        return districts.refs(List.of(sitting.districtId())).get(0).slug();
    }

    Scene scene(Sitting sitting) {
        String slug = slugOf(sitting);
        return new Scene(districts.view(slug), governance.get(slug, sitting.governingBodyId()), sitting);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformConfig.ZONE));
    }

    /** A sitting with what its rules need: the District, the body and its seats on the day. */
    final class Scene {

        final DistrictView district;
        final GoverningBodyView body;
        final Sitting sitting;
        private QuorumRules rules;
        private List<Seat> seats;

        Scene(DistrictView district, GoverningBodyView body, Sitting sitting) {
            this.district = district;
            this.body = body;
            this.sitting = sitting;
        }

        QuorumRules rules() {
            if (rules == null) {
                rules = SittingRegistry.this.rules.of(body.id(), district.id());
            }
            return rules;
        }

        /** The members seated on the sitting's day, with the population of the municipality each represents. */
        List<Seat> seats() {
            if (seats == null) {
                Map<String, MunicipalityView> municipalities = district.municipalities().stream()
                        .collect(Collectors.toMap(MunicipalityView::istatCode, Function.identity()));
                LocalDate day = sitting.sittingDate();
                seats = body.members().stream()
                        .filter(m -> !m.startDate().isAfter(day)
                                && (m.endDate() == null || !m.endDate().isBefore(day)))
                        .map(m -> seat(m, municipalities.get(m.municipality())))
                        .toList();
            }
            return seats;
        }

        Map<Long, Seat> seatsById() {
            Map<Long, Seat> byId = new HashMap<>();
            seats().forEach(s -> byId.put(s.personId(), s));
            return byId;
        }

        long weight(Long personId) {
            Seat seat = seatsById().get(personId);
            return seat == null ? 0 : rules().weight(seat);
        }

        QuorumCheck quorum() {
            return sitting.isAttendanceRecorded()
                    ? rules().quorum(sitting.heldAtCall(), seats(), sitting.attending(), district.population())
                    : null;
        }

        void requireQuorum() {
            QuorumCheck quorum = quorum();
            if (quorum == null || !quorum.reached()) {
                throw RuleViolationException.conflict(null, "error.sitting.noQuorum");
            }
        }

        private static Seat seat(MemberView member, MunicipalityView municipality) {
            long population = municipality == null || municipality.population() == null ? 0 : municipality.population();
            return new Seat(
                    member.personId(),
                    member.personName(),
                    member.municipality(),
                    member.municipalityName(),
                    population);
        }
    }

    private SittingView view(Scene scene) {
        Sitting s = scene.sitting;
        return view(scene, resolutions.findBySittingId(s.id()), affected(List.of(s)), ties.reader());
    }

    private SittingView view(
            Scene scene,
            List<Resolution> resolutionsOfSitting,
            Map<Long, ResolutionRef> affected,
            Function<PlanTie, Decides> decides) {
        Sitting s = scene.sitting;
        Map<Integer, Resolution> adopted =
                resolutionsOfSitting.stream().collect(Collectors.toMap(Resolution::itemNumber, Function.identity()));
        List<SittingView.ItemView> items = new ArrayList<>();
        List<AgendaItem> agenda = s.items();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            Resolution resolution = adopted.get(i + 1);
            items.add(new SittingView.ItemView(
                    i + 1,
                    item.title(),
                    item.proposal(),
                    item.affectsResolution() == null ? null : affected.get(item.affectsResolution()),
                    item.effect(),
                    decides.apply(item.tie()),
                    item.outcome(),
                    item.tally(),
                    resolution == null ? null : ResolutionRef.of(resolution)));
        }
        return new SittingView(
                s.id(),
                new SittingView.BodyRef(scene.body.id(), scene.body.name()),
                s.sittingDate(),
                s.startTime(),
                s.secondCallDate(),
                s.secondCallTime(),
                s.place(),
                s.onlineLink(),
                s.status(),
                s.heldAtCall(),
                items,
                scene.quorum(),
                s.version());
    }

    private SittingAttendanceView attendanceView(Scene scene) {
        Map<Long, Attendance> recorded = new HashMap<>();
        scene.sitting.attendance().forEach(a -> recorded.put(a.personId(), a));
        boolean isRecorded = scene.sitting.isAttendanceRecorded();
        List<SittingAttendanceView.SeatAttendance> entries = scene.seats().stream()
                .map(seat -> {
                    Attendance a = recorded.get(seat.personId());
                    Presence presence = a != null ? a.presence() : isRecorded ? Presence.ABSENT : null;
                    return new SittingAttendanceView.SeatAttendance(
                            seat.personId(),
                            seat.personName(),
                            seat.municipality(),
                            seat.municipalityName(),
                            seat.population(),
                            presence,
                            a == null ? null : a.delegate(),
                            a == null ? null : a.delegation());
                })
                .toList();
        return new SittingAttendanceView(
                scene.sitting.heldAtCall(), isRecorded, entries, scene.quorum(), scene.sitting.version());
    }

    private VotesView votesView(Scene scene, int number) {
        AgendaItem item = scene.sitting.item(number);
        Map<Long, Seat> seats = scene.seatsById();
        List<VotesView.CastVote> votes = scene.sitting.votesOn(number).stream()
                .map(v -> {
                    Seat seat = seats.get(v.personId());
                    return new VotesView.CastVote(
                            v.personId(),
                            seat == null ? null : seat.personName(),
                            seat == null ? null : seat.municipality(),
                            v.choice(),
                            item.isDecided() ? v.weight() : scene.weight(v.personId()));
                })
                .toList();
        return new VotesView(number, item.title(), votes, item.outcome(), item.tally(), scene.sitting.version());
    }
}
