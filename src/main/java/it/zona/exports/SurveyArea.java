package it.zona.exports;

/**
 * The user areas of ISTAT's survey on the social services of municipalities (interventi e servizi
 * sociali dei comuni singoli o associati), to which each policy area of a plan is mapped.
 */
public enum SurveyArea {
    FAMILY_AND_MINORS,
    DISABILITY,
    ADDICTION,
    ELDERLY,
    IMMIGRANTS_AND_NOMADS,
    /** Povertà, disagio adulti e senza dimora: ISTAT counts adults with mental health needs here too. */
    POVERTY_AND_HOMELESS,
    MULTI_USER
}
