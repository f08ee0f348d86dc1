package it.zona.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The iter of a plan. It mostly moves forward; it can go back where the real process does: from
 * drafting to the tables, from the mayors back to drafting, and from monitoring to a new year of
 * implementation.
 */
public enum PlanStage {
    LAUNCH,
    TABLES,
    DRAFTING,
    /** Submitted to the mayors (Conferenza dei Sindaci / Coordinamento istituzionale). */
    APPROVAL,
    /** Approved; the program agreement (Accordo di Programma) is being signed. */
    AGREEMENT,
    IMPLEMENTATION,
    MONITORING,
    EVALUATION,
    CLOSED;

    public Set<PlanStage> next() {
        return switch (this) {
            case LAUNCH -> EnumSet.of(TABLES);
            case TABLES -> EnumSet.of(DRAFTING);
            case DRAFTING -> EnumSet.of(TABLES, APPROVAL);
            case APPROVAL -> EnumSet.of(DRAFTING, AGREEMENT);
            case AGREEMENT -> EnumSet.of(IMPLEMENTATION);
            case IMPLEMENTATION -> EnumSet.of(MONITORING);
            case MONITORING -> EnumSet.of(IMPLEMENTATION, EVALUATION);
            case EVALUATION -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(PlanStage.class);
        };
    }

    public boolean canMoveTo(PlanStage stage) {
        return next().contains(stage);
    }

    /**
     * Whether reaching this stage needs the act that decided it: the mayors' approval, the agreement
     * in force.
     */
    public boolean needsAct() {
        return this == AGREEMENT || this == IMPLEMENTATION;
    }

    /**
     * Whether the mayors have approved the plan: from then on it is public, and changing it needs
     * an admin and a reason.
     */
    public boolean isPastApproval() {
        return compareTo(APPROVAL) > 0;
    }
}
