package it.zona.indicators;

/** What an indicator measures: what was done (output), what changed for people (outcome), how the work went (process). */
public enum IndicatorKind {
    OUTPUT,
    OUTCOME,
    PROCESS
}
