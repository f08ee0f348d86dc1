package it.zona.portal;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.office.OfficeRegistry;
import it.zona.plan.PlanRegistry;
import it.zona.shared.PageView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Composes the public view of a District from the modules that own its parts. */
@Service
class PublicDistricts {

    private final DistrictRegistry districts;
    private final GovernanceRegistry governance;
    private final OfficeRegistry offices;
    private final PlanRegistry plans;

    PublicDistricts(
            DistrictRegistry districts, GovernanceRegistry governance, OfficeRegistry offices, PlanRegistry plans) {
        this.districts = districts;
        this.governance = governance;
        this.offices = offices;
        this.plans = plans;
    }

    PublicDistrict page(String slug) {
        DistrictView district = districts.view(slug);
        return new PublicDistrict(
                district, governance.list(slug), offices.planningOffice(slug), offices.list(slug), plans.list(slug));
    }

    /**
     * The Districts whose name, municipalities, provinces or regions contain the words asked (all of
     * them with none), by name, one page of them.
     */
    PageView<DistrictView> search(String query, int page, int size) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ITALIAN);
        List<DistrictView> found = districts.list().stream()
                .filter(d -> wanted.isEmpty() || matches(d, wanted))
                .toList();
        return PageView.slice(found, page, size);
    }

    private static boolean matches(DistrictView district, String wanted) {
        return Stream.of(
                        Stream.of(district.name()),
                        district.municipalities().stream().map(m -> m.name()),
                        district.provinces().stream(),
                        district.regions().stream())
                .flatMap(s -> s)
                .anyMatch(
                        text -> text != null && text.toLowerCase(Locale.ITALIAN).contains(wanted));
    }
}
