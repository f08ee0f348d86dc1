package it.zona.municipality;

import java.time.LocalDate;

/**
 * A municipality of the national list. {@code population} is the ISTAT resident population on
 * {@code populationDate}; {@code ceased} marks one no longer in ISTAT's current list.
 */
public record MunicipalityView(
        String istatCode,
        String name,
        String otherName,
        String cadastralCode,
        String provinceCode,
        String province,
        String provinceAbbreviation,
        String regionCode,
        String region,
        Integer population,
        LocalDate populationDate,
        String postalCode,
        boolean ceased) {}
