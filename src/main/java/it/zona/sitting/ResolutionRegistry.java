package it.zona.sitting;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView;
import it.zona.shared.Like;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolutions of a District's bodies: public, searchable, never changed. */
@Service
@Transactional(readOnly = true)
class ResolutionRegistry {

    static final String ENTITY = "Resolution";
    static final int PAGE_SIZE = 20;

    private final Resolutions resolutions;
    private final ResolutionDocuments documents;
    private final PlanTies ties;
    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;

    ResolutionRegistry(
            Resolutions resolutions,
            ResolutionDocuments documents,
            PlanTies ties,
            DistrictRegistry districts,
            GovernanceRegistry governance) {
        this.resolutions = resolutions;
        this.documents = documents;
        this.ties = ties;
        this.districts = districts;
        this.governance = governance;
    }

    /** The latest first; {@code q} searches the titles. */
    PageView<ResolutionView> search(String slug, Long bodyId, Integer year, String q, int page, int size) {
        DistrictView district = districts.view(slug);
        Map<Long, GoverningBodyView> bodies = bodies(slug);
        if (bodyId != null && !bodies.containsKey(bodyId)) {
            throw new NotFoundException("error.governingBody.notFound", bodyId);
        }
        String pattern =
                q == null || q.isBlank() ? null : Like.containing(q.strip().toLowerCase(Locale.ROOT));
        Sort latestFirst = Sort.by(Sort.Order.desc("adoptedOn"), Sort.Order.desc("number"), Sort.Order.desc("id"));
        Page<Resolution> found =
                resolutions.search(district.id(), bodyId, year, pattern, PageView.request(page, size, latestFirst));
        List<ResolutionView> views = views(found.getContent(), bodies);
        return new PageView<>(
                views, found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    ResolutionView get(long id) {
        Resolution resolution =
                resolutions.findById(id).orElseThrow(() -> new NotFoundException("error.resolution.notFound", id));
        String slug = districts.refs(List.of(resolution.districtId())).get(0).slug();
        return views(List.of(resolution), bodies(slug)).get(0);
    }

    /** The resolution's PDF/A, as written when it was adopted. */
    Document document(long id) {
        Resolution resolution =
                resolutions.findById(id).orElseThrow(() -> new NotFoundException("error.resolution.notFound", id));
        ResolutionDocument document =
                documents.findById(id).orElseThrow(() -> new NotFoundException("error.resolution.notFound", id));
        return new Document(fileName(resolution), document.sha256(), document.content());
    }

    record Document(String name, String sha256, byte[] content) {}

    static String fileName(Resolution resolution) {
        return "delibera-" + resolution.number() + "-" + resolution.year() + ".pdf";
    }

    private Map<Long, GoverningBodyView> bodies(String slug) {
        return governance.list(slug).stream().collect(Collectors.toMap(GoverningBodyView::id, Function.identity()));
    }

    /** With the resolutions they affect and those affecting them, read in two queries for the whole page. */
    private List<ResolutionView> views(List<Resolution> page, Map<Long, GoverningBodyView> bodies) {
        Map<Long, Resolution> affected = resolutions
                .findAllById(page.stream()
                        .map(Resolution::affectsResolution)
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Resolution::id, Function.identity()));
        Map<Long, List<Resolution>> later =
                resolutions
                        .findByAffectsResolutionIn(
                                page.stream().map(Resolution::id).toList())
                        .stream()
                        .sorted(Comparator.comparing(Resolution::adoptedOn).thenComparing(Resolution::id))
                        .collect(Collectors.groupingBy(Resolution::affectsResolution));
        Function<PlanTie, Decides> decides = ties.reader();
        List<ResolutionView> views = new ArrayList<>();
        for (Resolution r : page) {
            List<Resolution> after = later.getOrDefault(r.id(), List.of());
            List<ResolutionRef> amendedBy = after.stream()
                    .filter(l -> l.effect() == Effect.AMENDS)
                    .map(ResolutionRef::of)
                    .toList();
            ResolutionRef revokedBy = after.stream()
                    .filter(l -> l.effect() == Effect.REVOKES)
                    .map(ResolutionRef::of)
                    .findFirst()
                    .orElse(null);
            ResolutionView.Status status = revokedBy != null
                    ? ResolutionView.Status.REVOKED
                    : amendedBy.isEmpty() ? ResolutionView.Status.IN_FORCE : ResolutionView.Status.AMENDED;
            GoverningBodyView body = bodies.get(r.governingBodyId());
            views.add(new ResolutionView(
                    r.id(),
                    new SittingView.BodyRef(body.id(), body.name()),
                    r.number(),
                    r.year(),
                    r.adoptedOn(),
                    r.title(),
                    r.text(),
                    r.sittingId(),
                    r.itemNumber(),
                    r.affectsResolution() == null ? null : ResolutionRef.of(affected.get(r.affectsResolution())),
                    r.effect(),
                    decides.apply(r.tie()),
                    amendedBy,
                    revokedBy,
                    status));
        }
        return views;
    }
}
