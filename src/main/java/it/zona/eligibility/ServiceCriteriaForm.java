package it.zona.eligibility;

/**
 * What replaces a service's access criteria and ISEE bands; null criteria: anybody may have it,
 * null bands: it has none.
 *
 * @param version the version read (If-Match takes precedence)
 */
record ServiceCriteriaForm(AccessCriteria criteria, Bands bands, Long version) {}
