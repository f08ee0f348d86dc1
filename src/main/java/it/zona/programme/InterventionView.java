package it.zona.programme;

import java.util.List;

/** An intervention with the names of what it refers to. */
public record InterventionView(
        long id,
        long planId,
        String title,
        String description,
        InterventionType type,
        String serviceCode,
        int firstYear,
        int lastYear,
        InterventionStatus status,
        PolicyAreaView area,
        Named objective,
        Named targetGroup,
        Named leadOrganization,
        List<Named> partners,
        boolean allMunicipalities,
        List<CoveredMunicipality> municipalities,
        String outputs,
        long version) {

    /** A member municipality the intervention covers. */
    public record CoveredMunicipality(String istatCode, String name) {}

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }

    public boolean runsIn(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public InterventionForm toForm() {
        return new InterventionForm(
                objective.id(),
                targetGroup == null ? null : targetGroup.id(),
                title,
                description,
                type,
                serviceCode,
                firstYear,
                lastYear,
                leadOrganization == null ? null : leadOrganization.id(),
                partners.stream().map(Named::id).toList(),
                allMunicipalities,
                municipalities.stream().map(CoveredMunicipality::istatCode).toList(),
                outputs,
                status,
                version);
    }
}
