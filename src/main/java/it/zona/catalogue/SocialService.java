package it.zona.catalogue;

import it.zona.shared.PlainText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service or titolo sociale of a District's catalogue, as its modello Comuni page tells it: the
 * texts a citizen reads, in that order, whom it is for and where, the offices that receive them,
 * the interventions of the plan that fund it, and a titolo's application window. It keeps the
 * stems of its texts for the search, rewritten with each change.
 */
@Entity
@Table(name = "social_service")
class SocialService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long districtId;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    private String serviceCode;

    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceStatus status;

    private LocalDate statusFrom;
    private LocalDate statusUntil;
    private String summary;
    private String audienceText;
    private String howTo;
    private String documents;
    private String outcome;
    private String costs;
    private String deadlines;
    private String contacts;
    private boolean allMunicipalities;

    @Embedded
    private ApplicationWindow window;

    @Column(length = 20000)
    private String searchTerms;

    private int searchTermsVersion;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "social_service_audience", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience")
    private Set<Audience> audiences = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "social_service_municipality", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "istat_code")
    private Set<String> municipalities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "social_service_office", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    @Column(name = "office_id")
    private List<Long> officeIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "social_service_intervention", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "intervention_id")
    private Set<Long> interventionIds = new LinkedHashSet<>();

    protected SocialService() {}

    SocialService(long districtId, SocialServiceForm form, Instant now) {
        this.districtId = districtId;
        apply(form, now);
    }

    /** The form's content, checked by the catalogue beforehand against the District. */
    void apply(SocialServiceForm form, Instant now) {
        this.kind = form.kind();
        this.category = form.category();
        this.serviceCode = PlainText.blankToNull(form.serviceCode());
        this.title = form.title().strip();
        this.status = form.status();
        this.statusFrom = form.statusFrom();
        this.statusUntil = form.statusUntil();
        this.summary = form.summary().strip();
        this.audienceText = form.audienceText().strip();
        this.howTo = form.howTo().strip();
        this.documents = PlainText.blankToNull(form.documents());
        this.outcome = form.outcome().strip();
        this.costs = PlainText.blankToNull(form.costs());
        this.deadlines = PlainText.blankToNull(form.deadlines());
        this.contacts = PlainText.blankToNull(form.contacts());
        this.allMunicipalities = form.allMunicipalities();
        this.window = form.window() == null ? null : form.window().toWindow();
        replace(
                audiences,
                form.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(form.audiences()));
        replace(municipalities, form.allMunicipalities() ? List.of() : form.municipalities());
        officeIds.clear();
        officeIds.addAll(form.officeIds().stream().distinct().toList());
        replace(interventionIds, form.interventionIds());
        this.searchTerms = stems();
        this.searchTermsVersion = SearchTerms.VERSION;
        this.updatedAt = now;
    }

    /**
     * The stems of its texts and of its target groups' words, as {@link SearchTerms} makes them
     * today; a change to how stems are made comes with a higher {@link SearchTerms#VERSION}, and the
     * stems kept under an older one are made again at start-up ({@link SearchTermsRefresh}).
     */
    String stems() {
        List<String> texts = new ArrayList<>(
                Arrays.asList(title, summary, audienceText, howTo, documents, outcome, costs, deadlines));
        audiences.forEach(audience -> texts.add(audience.searchWords()));
        return SearchTerms.of(texts.toArray(String[]::new));
    }

    private static <T> void replace(Set<T> current, java.util.Collection<T> wanted) {
        current.clear();
        current.addAll(wanted);
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    long version() {
        return version;
    }

    SocialServiceView view(String districtSlug, LocalDate today) {
        return new SocialServiceView(
                id,
                districtSlug,
                kind,
                category,
                serviceCode,
                title,
                status,
                statusFrom,
                statusUntil,
                summary,
                audienceText,
                howTo,
                documents,
                outcome,
                costs,
                deadlines,
                contacts,
                audiences.stream().sorted().toList(),
                allMunicipalities,
                List.copyOf(municipalities),
                List.copyOf(officeIds),
                interventionIds.stream().sorted().toList(),
                window == null ? null : SocialServiceForm.WindowForm.of(window),
                window != null && window.isOpenOn(today),
                window == null ? null : window.stateOn(today),
                updatedAt,
                version);
    }
}
