package it.zona.progress;

/** Where an intervention's implementation stands. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    SUSPENDED
}
