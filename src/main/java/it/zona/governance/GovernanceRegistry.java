package it.zona.governance;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.organization.PersonRegistry;
import it.zona.shared.EntityChanged;
import it.zona.shared.NotFoundException;
import it.zona.shared.PlatformConfig;
import it.zona.shared.References;
import it.zona.shared.RuleViolationException;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A District's governing bodies and their members. Editors change them; everyone may read them,
 * since who governs a public body is public.
 */
@Service
@Transactional
public class GovernanceRegistry {

    public static final String ENTITY = "GoverningBody";

    private final GoverningBodies bodies;
    private final DistrictRegistry districts;
    private final PersonRegistry people;
    private final References references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GovernanceRegistry(
            GoverningBodies bodies,
            DistrictRegistry districts,
            PersonRegistry people,
            References references,
            ApplicationEventPublisher events,
            Clock clock) {
        this.bodies = bodies;
        this.districts = districts;
        this.people = people;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /** Public: the bodies of a District with all their members. */
    @Transactional(readOnly = true)
    public List<GoverningBodyView> list(String slug) {
        DistrictView district = districts.view(slug);
        List<GoverningBody> list = bodies.findByDistrictId(district.id()).stream()
                .sorted(Comparator.comparing(GoverningBody::type).thenComparing(GoverningBody::name))
                .toList();
        return views(district, list);
    }

    @Transactional(readOnly = true)
    public GoverningBodyView get(String slug, long id) {
        DistrictView district = districts.view(slug);
        return views(district, List.of(find(district.id(), id))).get(0);
    }

    public GoverningBodyView create(String slug, GoverningBodyForm form) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        GoverningBody body = new GoverningBody(access.id(), form.type(), form.name(), form.description());
        if (form.members() != null) {
            body.replaceMembers(members(district, form.members()));
        }
        bodies.saveAndFlush(body);
        GoverningBodyView view = view(district, body);
        events.publishEvent(EntityChanged.created(access.id(), ENTITY, body.id(), view));
        return view;
    }

    public GoverningBodyView update(String slug, long id, GoverningBodyForm form, long expectedVersion) {
        return change(slug, id, expectedVersion, (district, body) -> {
            body.describe(form.type(), form.name(), form.description());
            if (form.members() != null) {
                body.replaceMembers(members(district, form.members()));
            }
        });
    }

    public GoverningBodyView addMember(
            String slug, long id, GoverningBodyForm.MemberForm member, long expectedVersion) {
        return change(
                slug,
                id,
                expectedVersion,
                (district, body) ->
                        body.addMember(members(district, List.of(member)).get(0)));
    }

    public GoverningBodyView removeMember(String slug, long id, int index, long expectedVersion) {
        return change(slug, id, expectedVersion, (district, body) -> body.removeMember(index));
    }

    public void delete(String slug, long id) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        GoverningBody body = find(access.id(), id);
        references.requireNone(ENTITY, id, "error.governingBody.inUse", body.name());
        GoverningBodyView before = view(district, body);
        bodies.delete(body);
        events.publishEvent(EntityChanged.deleted(access.id(), ENTITY, id, before));
    }

    private GoverningBodyView change(String slug, long id, long expectedVersion, Change change) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.EDITOR);
        DistrictView district = districts.view(slug);
        GoverningBody body = find(access.id(), id);
        StaleVersionException.check(expectedVersion, body.version());
        GoverningBodyView before = view(district, body);
        change.apply(district, body);
        bodies.saveAndFlush(body);
        GoverningBodyView after = view(district, body);
        events.publishEvent(EntityChanged.updated(access.id(), ENTITY, id, before, after));
        return after;
    }

    private interface Change {
        void apply(DistrictView district, GoverningBody body);
    }

    /** Members must be people of the District, representing one of its municipalities if any. */
    private List<Member> members(DistrictView district, List<GoverningBodyForm.MemberForm> forms) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            GoverningBodyForm.MemberForm form = forms.get(i);
            people.require(district.id(), form.personId(), "members[" + i + "].personId");
            String municipality =
                    form.municipality() == null || form.municipality().isBlank() ? null : form.municipality();
            if (municipality != null
                    && district.municipalities().stream()
                            .noneMatch(m -> m.istatCode().equals(municipality))) {
                throw RuleViolationException.invalid(
                        "members[" + i + "].municipality", "error.district.notMember", municipality);
            }
            members.add(new Member(form.personId(), form.role(), municipality, form.startDate(), form.endDate()));
        }
        return members;
    }

    private GoverningBody find(long districtId, long id) {
        return bodies.findByIdAndDistrictId(id, districtId)
                .orElseThrow(() -> new NotFoundException("error.governingBody.notFound", id));
    }

    private GoverningBodyView view(DistrictView district, GoverningBody body) {
        return views(district, List.of(body)).get(0);
    }

    /** One query for the names of all members of all the bodies shown. */
    private List<GoverningBodyView> views(DistrictView district, List<GoverningBody> list) {
        Map<Long, String> names = people.publicNames(list.stream()
                .flatMap(b -> b.members().stream().map(Member::personId))
                .collect(Collectors.toSet()));
        Map<String, String> municipalities = district.municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name));
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        return list.stream()
                .map(body -> {
                    List<Member> members = body.members();
                    List<GoverningBodyView.MemberView> views = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        Member m = members.get(i);
                        views.add(new GoverningBodyView.MemberView(
                                i,
                                m.personId(),
                                names.getOrDefault(m.personId(), "?"),
                                m.role(),
                                m.municipality(),
                                m.municipality() == null ? null : municipalities.get(m.municipality()),
                                m.startDate(),
                                m.endDate(),
                                m.isCurrentOn(today)));
                    }
                    views.sort(Comparator.comparing(GoverningBodyView.MemberView::role)
                            .thenComparing(GoverningBodyView.MemberView::personName));
                    return new GoverningBodyView(
                            body.id(), body.type(), body.name(), body.description(), views, body.version());
                })
                .toList();
    }
}
