package it.zona.organization;

/** The sections of the national third-sector register (RUNTS, D.Lgs. 117/2017 art. 46). */
public enum RuntsSection {
    /** a) Organizzazioni di volontariato (ODV). */
    VOLUNTEER_ORGANIZATIONS,
    /** b) Associazioni di promozione sociale (APS). */
    SOCIAL_PROMOTION_ASSOCIATIONS,
    /** c) Enti filantropici. */
    PHILANTHROPIC_BODIES,
    /** d) Imprese sociali, incluse le cooperative sociali. */
    SOCIAL_ENTERPRISES,
    /** e) Reti associative. */
    ASSOCIATIVE_NETWORKS,
    /** f) Società di mutuo soccorso. */
    MUTUAL_AID_SOCIETIES,
    /** g) Altri enti del Terzo settore. */
    OTHER_THIRD_SECTOR_BODIES
}
