package it.zona.eligibility;

import it.zona.catalogue.ServiceCatalogue;
import it.zona.catalogue.SocialServiceView;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.municipality.MunicipalityView;
import it.zona.shared.EntityChanged;
import it.zona.shared.StaleVersionException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access criteria and ISEE bands of the catalogue's services: public to read, written by the
 * editors of the service's District, validated against its member municipalities ({@link
 * CriteriaValidation}), versioned and audited like the service itself.
 */
@Service
@Transactional
public class ServiceCriteriaRegistry {

    public static final String ENTITY = "ServiceAccessCriteria";

    private final CriteriaStore store;
    private final ServiceCatalogue catalogue;
    private final DistrictRegistry districts;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceCriteriaRegistry(
            CriteriaStore store,
            ServiceCatalogue catalogue,
            DistrictRegistry districts,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.districts = districts;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Public: the criteria of one service; not described yet, version 0, if never written. */
    @Transactional(readOnly = true)
    public ServiceCriteriaView get(long serviceId) {
        SocialServiceView service = catalogue.get(serviceId);
        return view(service, store.findById(serviceId));
    }

    /**
     * Replaces the criteria and bands of a service (an editor of its District), which must be valid
     * for the District and the version read.
     */
    public ServiceCriteriaView replace(long serviceId, AccessCriteria criteria, Bands bands, long expectedVersion) {
        SocialServiceView service = catalogue.get(serviceId);
        long districtId =
                districts.authorize(service.districtSlug(), DistrictRole.EDITOR).id();
        Optional<StoredCriteria> stored = store.findById(serviceId);
        ServiceCriteriaView before = view(service, stored);
        StaleVersionException.check(expectedVersion, before.version());
        CriteriaValidation.validate(criteria, bands, members(service.districtSlug()));
        String criteriaJson = criteria == null ? null : json.writeValueAsString(criteria);
        String bandsJson = bands == null ? null : json.writeValueAsString(bands);
        StoredCriteria row;
        if (stored.isPresent()) {
            row = stored.get();
            row.replace(criteriaJson, bandsJson, clock.instant());
        } else {
            row = new StoredCriteria(serviceId, criteriaJson, bandsJson, clock.instant());
        }
        row = store.saveAndFlush(row);
        ServiceCriteriaView after = view(service, Optional.of(row));
        events.publishEvent(
                stored.isPresent()
                        ? EntityChanged.updated(districtId, ENTITY, serviceId, before, after)
                        : EntityChanged.created(districtId, ENTITY, serviceId, after));
        return after;
    }

    /** The ISTAT codes of the District's member municipalities. */
    List<String> members(String slug) {
        return districts.view(slug).municipalities().stream()
                .map(MunicipalityView::istatCode)
                .toList();
    }

    /** The described criteria of these services, by service id; a service never described is absent. */
    @Transactional(readOnly = true)
    Map<Long, Described> described(Collection<Long> serviceIds) {
        return store.findAllById(serviceIds).stream()
                .collect(Collectors.toMap(StoredCriteria::serviceId, this::read, (a, b) -> a));
    }

    /** A service's criteria and bands as read, either null where it has none. */
    record Described(AccessCriteria criteria, Bands bands) {}

    private Described read(StoredCriteria row) {
        return new Described(
                parse(row.criteria(), text -> json.readValue(text, AccessCriteria.class)),
                parse(row.bands(), text -> json.readValue(text, Bands.class)));
    }

    private static <T> T parse(String text, Function<String, T> reader) {
        return text == null ? null : reader.apply(text);
    }

    private ServiceCriteriaView view(SocialServiceView service, Optional<StoredCriteria> stored) {
        if (stored.isEmpty()) {
            return new ServiceCriteriaView(service.id(), service.districtSlug(), false, null, null, null, 0);
        }
        StoredCriteria row = stored.get();
        Described described = read(row);
        return new ServiceCriteriaView(
                service.id(),
                service.districtSlug(),
                true,
                described.criteria(),
                described.bands(),
                row.updatedAt(),
                row.version());
    }
}
