package it.zona.portal;

import it.zona.district.DistrictRegistry;
import it.zona.district.DistrictView;
import java.util.List;
import org.springframework.stereotype.Service;

/** Composes the public view of a District from the modules that own its parts. */
@Service
class PublicDistricts {

    private final DistrictRegistry districts;

    PublicDistricts(DistrictRegistry districts) {
        this.districts = districts;
    }

    PublicDistrict page(String slug) {
        DistrictView district = districts.view(slug);
        return new PublicDistrict(district);
    }

    List<DistrictView> list() {
        return districts.list();
    }
}
