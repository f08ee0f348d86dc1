package it.zona.catalogue;

/** Whether a service can be asked for now: active, suspended for a while, or closed. */
public enum ServiceStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
