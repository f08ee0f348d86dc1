package it.zona.district;

import java.time.LocalDate;
import java.util.List;

/**
 * A District as lists show it: what it is called, where it lies and how large it is. {@link
 * DistrictView} has the rest (contacts, municipalities one by one).
 */
public record DistrictSummary(
        long id,
        String slug,
        String name,
        LegalForm legalForm,
        boolean demo,
        int municipalityCount,
        long population,
        LocalDate populationDate,
        List<String> regions,
        List<String> provinces) {}
