package it.zona.portal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import it.zona.district.DistrictView;

/** Everything public about a District, as the public page and {@code GET /api/v1/districts/{slug}} show it. */
record PublicDistrict(@JsonUnwrapped DistrictView district) {}
