package it.zona.organization;

/** The kinds of body that take part in a plan (see the glossary). */
public enum OrganizationType {
    MUNICIPALITY,
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

    /** Bodies of the third sector (D.Lgs. 117/2017), invited to co-programme the plan. */
    public boolean isThirdSector() {
        return switch (this) {
            case SOCIAL_COOPERATIVE, VOLUNTEER_ORGANIZATION, ASSOCIATION, FOUNDATION, RELIGIOUS_BODY -> true;
            default -> false;
        };
    }
}
