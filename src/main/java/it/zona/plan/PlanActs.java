package it.zona.plan;

import java.util.List;
import java.util.Optional;

/**
 * The acts Zona holds for a plan's iter, offered by the modules that keep them (the sittings'
 * resolutions, the program agreement) without the plan depending on them.
 */
public interface PlanActs {

    /** The acts that may decide the plan's move to {@code to}, the latest first. */
    List<PlanAct> candidates(long planId, long districtId, PlanStage to);

    /** The acts that may approve the programme (programma attuativo) of {@code year}, the latest first. */
    default List<PlanAct> programmeCandidates(long planId, long districtId, int year) {
        return List.of();
    }

    /**
     * The message key saying why the move to {@code to} can only be decided by one of these acts,
     * when Zona holds the act that must decide it (an agreement in Zona must be in force in Zona).
     */
    default Optional<String> requiredFor(long planId, PlanStage to) {
        return Optional.empty();
    }
}
