package it.zona.participation.contributions;

/** How a table judges an intervention's progress at a meeting (monitoraggio in itinere). */
public enum ProgressStatus {
    ON_TRACK,
    DELAYED,
    AT_RISK,
    SUSPENDED,
    COMPLETED
}
