package it.zona.eligibility;

import java.time.Instant;

/**
 * A service's access criteria and ISEE bands, in the shape a change sends them back ({@link
 * ServiceCriteriaForm}). {@code described} is false until the office writes them: the check then
 * leaves the service out rather than call it open to everybody; once described, null criteria mean
 * that anybody may have the service. Version 0 is that of criteria never written.
 */
public record ServiceCriteriaView(
        long serviceId,
        String districtSlug,
        boolean described,
        AccessCriteria criteria,
        Bands bands,
        Instant updatedAt,
        long version) {}
