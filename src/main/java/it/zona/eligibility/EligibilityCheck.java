package it.zona.eligibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The eligibility check (verifica dei requisiti): weighs a person's answers against a service's
 * access criteria and ISEE bands. Evaluated in memory and never stored; the criteria are expected
 * valid ({@link CriteriaValidation}).
 */
final class EligibilityCheck {

    private EligibilityCheck() {}

    /**
     * @param criteria the service's criteria; null when it has none, and then anybody may have it
     * @param bands the service's ISEE bands; null when it has none
     * @param answers what the person told; null as if nothing
     * @param districtMunicipalities the ISTAT codes of the District's member municipalities, for
     *     residence anywhere in the District
     */
    static Eligibility evaluate(
            AccessCriteria criteria, Bands bands, Answers answers, Collection<String> districtMunicipalities) {
        Answers given = answers == null ? Answers.none() : answers;
        List<Finding> findings = new ArrayList<>();
        Verdict verdict = criteria == null
                ? Verdict.MET
                : criteria.evaluate(given, Set.copyOf(districtMunicipalities), "criteria", findings);
        return new Eligibility(verdict, findings, bands == null ? null : bands.apply(given));
    }
}
