package it.zona.portal;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.office.OfficeRegistry;
import it.zona.plan.PlanRegistry;
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
}
