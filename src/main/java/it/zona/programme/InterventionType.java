package it.zona.programme;

public enum InterventionType {
    SERVICE,
    PROJECT,
    /** Titolo sociale: buono, voucher, assegno. */
    VOUCHER,
    SYSTEM_ACTION
}
