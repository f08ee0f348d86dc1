package it.zona.district;

import it.zona.municipality.MunicipalityUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the municipality import which Districts a municipality belongs to. */
@Component
class DistrictMunicipalityUsage implements MunicipalityUsage {

    private final Districts districts;

    DistrictMunicipalityUsage(Districts districts) {
        this.districts = districts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<String>> usersOf(Collection<String> istatCodes) {
        Map<String, List<String>> users = new HashMap<>();
        if (istatCodes.isEmpty()) {
            return users;
        }
        for (District district : districts.findByMunicipalityIn(istatCodes)) {
            district.municipalities().stream()
                    .filter(istatCodes::contains)
                    .forEach(code ->
                            users.computeIfAbsent(code, c -> new ArrayList<>()).add(district.name()));
        }
        return users;
    }
}
