package it.zona.organization;

/** The kinds of body that take part in a plan (see the glossary). */
public enum OrganizationType {
    MUNICIPALITY,
    /** A consortium of the municipalities, or their special consortium company, running the District's services. */
    CONSORTIUM,
    UNION_OF_MUNICIPALITIES,
    HEALTH_AUTHORITY,
    PROVINCE,
    REGION,
    SOCIAL_COOPERATIVE,
    VOLUNTEER_ORGANIZATION,
    ASSOCIATION,
    FOUNDATION,
    RELIGIOUS_BODY,
    SCHOOL,
    TRADE_UNION,
    SERVICE_PROVIDER,
    OTHER;

    /**
     * The District's own public bodies: the municipalities and the bodies they formed together. Only
     * their social workers count for the LEPS of Law 178/2020, art. 1 c. 797.
     */
    public boolean isPublicBodyOfTheDistrict() {
        return switch (this) {
            case MUNICIPALITY, CONSORTIUM, UNION_OF_MUNICIPALITIES -> true;
            default -> false;
        };
    }

    /** Bodies of the third sector (D.Lgs. 117/2017), invited to co-programme the plan. */
    public boolean isThirdSector() {
        return switch (this) {
            case SOCIAL_COOPERATIVE, VOLUNTEER_ORGANIZATION, ASSOCIATION, FOUNDATION, RELIGIOUS_BODY -> true;
            default -> false;
        };
    }
}
