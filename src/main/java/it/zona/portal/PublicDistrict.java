package it.zona.portal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.zona.district.DistrictView;
import it.zona.governance.GoverningBodyView;
import it.zona.office.OfficeView;
import it.zona.office.PlanningOfficeView;
import it.zona.plan.PlanSummary;
import java.util.List;

/** Everything public about a District, as its public page and {@code GET /api/v1/districts/{slug}} show it. */
record PublicDistrict(
        @JsonUnwrapped DistrictView district,
        List<GoverningBodyView> governingBodies,
        PlanningOfficeView planningOffice,
        List<OfficeView> offices,
        List<PlanSummary> plans) {}
