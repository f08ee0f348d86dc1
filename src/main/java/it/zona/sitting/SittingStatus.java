package it.zona.sitting;

/** A sitting is convened until the office cancels it; what it decided stays decided. */
public enum SittingStatus {
    CONVENED,
    CANCELLED
}
