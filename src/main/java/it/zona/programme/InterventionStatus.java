package it.zona.programme;

public enum InterventionStatus {
    PLANNED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    CANCELLED
}
