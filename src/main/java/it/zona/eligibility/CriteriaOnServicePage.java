package it.zona.eligibility;

import it.zona.catalogue.ServicePageSection;
import it.zona.catalogue.SocialServiceView;
import it.zona.district.DistrictRegistry;
import it.zona.municipality.MunicipalityView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The eligibility module's part of a service's page: the access criteria as the citizen reads them,
 * criterion by criterion, the ISEE bands of a titolo sociale as a table, and the way to the check.
 * A service whose criteria are not described shows nothing: its texts say whom it is for.
 */
@Component
class CriteriaOnServicePage implements ServicePageSection {

    static final String ANCHOR = "criteria";

    private final ServiceCriteriaRegistry criteria;
    private final DistrictRegistry districts;
    private final MessageSource messages;

    CriteriaOnServicePage(ServiceCriteriaRegistry criteria, DistrictRegistry districts, MessageSource messages) {
        this.criteria = criteria;
        this.districts = districts;
        this.messages = messages;
    }

    /** What the page shows: either part may be null, not both. */
    record ServiceCriteria(String districtSlug, Phrases.Line criteria, Phrases.BandTable bands) {}

    @Override
    public Optional<String> addTo(SocialServiceView service, Model model) {
        ServiceCriteriaRegistry.Described described =
                criteria.described(List.of(service.id())).get(service.id());
        if (described == null || (described.criteria() == null && described.bands() == null)) {
            return Optional.empty();
        }
        Map<String, String> names = districts.view(service.districtSlug()).municipalities().stream()
                .collect(Collectors.toMap(MunicipalityView::istatCode, MunicipalityView::name, (a, b) -> a));
        Phrases phrases = new Phrases(messages, LocaleContextHolder.getLocale(), names);
        model.addAttribute(
                "serviceCriteria",
                new ServiceCriteria(
                        service.districtSlug(),
                        described.criteria() == null ? null : phrases.outline(described.criteria()),
                        described.bands() == null ? null : phrases.table(described.bands())));
        return Optional.of(ANCHOR);
    }
}
