package it.zona.budget;

/** The professions of a plan's staff; social workers are the ones the LEPS counts. */
public enum ProfessionalRole {
    SOCIAL_WORKER,
    EDUCATOR,
    PSYCHOLOGIST,
    SOCIOLOGIST,
    CARE_WORKER,
    CULTURAL_MEDIATOR,
    ADMINISTRATIVE,
    COORDINATOR,
    OTHER
}
