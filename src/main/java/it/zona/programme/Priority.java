package it.zona.programme;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
