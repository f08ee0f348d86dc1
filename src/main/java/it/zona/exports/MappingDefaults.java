package it.zona.exports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the mapping proposes for a line the office has not mapped yet: the survey area of a policy
 * area seeded from ISTAT's areas (by the code it keeps when renamed) or named like one, the national
 * category of a District's usual funding source (by its code), and the spending type an
 * intervention usually is (a titolo sociale a transfer in money, one run in a facility a facility).
 * The office confirms or changes each proposal: nothing is exported on a guess.
 */
final class MappingDefaults {

    /** The codes of the areas the programme seeds ({@code programme.IstatArea}). */
    private static final Map<String, SurveyArea> AREA_CODES = Map.of(
            "FAMILY_AND_MINORS", SurveyArea.FAMILY_AND_MINORS,
            "DISABILITY", SurveyArea.DISABILITY,
            "ADDICTION", SurveyArea.ADDICTION,
            "ELDERLY", SurveyArea.ELDERLY,
            "IMMIGRANTS", SurveyArea.IMMIGRANTS_AND_NOMADS,
            "POVERTY", SurveyArea.POVERTY_AND_HOMELESS,
            // The survey has no mental health area: it counts these adults under "disagio adulti".
            "MENTAL_HEALTH", SurveyArea.POVERTY_AND_HOMELESS,
            "MULTI_USER", SurveyArea.MULTI_USER);

    /** Stems of Italian area names, in the order they are tried. */
    private static final List<Map.Entry<String, SurveyArea>> NAME_STEMS = List.of(
            Map.entry("minor", SurveyArea.FAMILY_AND_MINORS),
            Map.entry("famigli", SurveyArea.FAMILY_AND_MINORS),
            Map.entry("infanzia", SurveyArea.FAMILY_AND_MINORS),
            Map.entry("disabil", SurveyArea.DISABILITY),
            Map.entry("dipendenz", SurveyArea.ADDICTION),
            Map.entry("anzian", SurveyArea.ELDERLY),
            Map.entry("immigra", SurveyArea.IMMIGRANTS_AND_NOMADS),
            Map.entry("stranier", SurveyArea.IMMIGRANTS_AND_NOMADS),
            Map.entry("povert", SurveyArea.POVERTY_AND_HOMELESS),
            Map.entry("dimora", SurveyArea.POVERTY_AND_HOMELESS),
            Map.entry("adult", SurveyArea.POVERTY_AND_HOMELESS),
            Map.entry("salute mentale", SurveyArea.POVERTY_AND_HOMELESS),
            Map.entry("multiutenza", SurveyArea.MULTI_USER));

    private MappingDefaults() {}

    /** The survey area proposed for a policy area with this ISTAT code (may be null) and name; null when none fits. */
    static SurveyArea area(String code, String name) {
        if (code != null && AREA_CODES.containsKey(code)) {
            return AREA_CODES.get(code);
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ITALIAN);
        return NAME_STEMS.stream()
                .filter(stem -> lower.contains(stem.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The category proposed for a funding source with this code ({@code budget.FundingSourceCode}); null for a District's own. */
    static NationalCategory source(String code) {
        if (code == null) {
            return null;
        }
        try {
            return NationalCategory.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The spending type proposed for an intervention of this type ({@code programme.InterventionType}). */
    static SpendingType intervention(String type, boolean runsAFacility) {
        if ("VOUCHER".equals(type)) {
            return SpendingType.CASH_TRANSFERS;
        }
        return runsAFacility ? SpendingType.FACILITIES : SpendingType.SERVICES;
    }
}
