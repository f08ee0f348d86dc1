package it.zona.exports;

/** The spending types of ISTAT's survey: interventions and services, transfers in money, facilities. */
public enum SpendingType {
    SERVICES,
    CASH_TRANSFERS,
    FACILITIES
}
