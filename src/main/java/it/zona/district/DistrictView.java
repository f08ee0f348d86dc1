package it.zona.district;

import it.zona.municipality.MunicipalityView;
import java.time.LocalDate;
import java.util.List;

/**
 * A District as the public sees it. {@code population} is the sum of the members' ISTAT resident
 * population on {@code populationDate}; region and province come from the members.
 */
public record DistrictView(
        long id,
        String slug,
        String name,
        LegalForm legalForm,
        String description,
        String email,
        String pec,
        String phone,
        String website,
        boolean demo,
        long version,
        MunicipalityView leadMunicipality,
        List<MunicipalityView> municipalities,
        long population,
        LocalDate populationDate,
        List<String> regions,
        List<String> provinces) {

    public DistrictRef ref() {
        return new DistrictRef(id, slug, name, demo);
    }
}
