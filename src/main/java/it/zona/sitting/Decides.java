package it.zona.sitting;

import it.zona.plan.PlanStage;

/**
 * What an agenda item, and the resolution it becomes, decides on, as the API and the pages show it:
 * the plan, named, and either the stage its iter moves to or the year whose programme (programma
 * attuativo) it approves. The API shows these fields beside the item's own, with the names the
 * convocation's form takes, so that what is read can be sent back; they are absent when the item
 * decides on nothing, which is why {@code planId} is no primitive (the API document would call it
 * required).
 */
public record Decides(Long planId, String planTitle, String planPeriod, PlanStage planStage, Integer programmeYear) {

    /**
     * The plan as lists name it: its title, followed by its period unless the title already says it
     * ("Piano sociale di zona 2024-2026"), as {@code PlanSummary.label()} does.
     */
    public String planName() {
        String title = planTitle.replace('–', '-').replace(" - ", "-");
        boolean said = title.contains(planPeriod) || title.contains(planPeriod.replace('-', '/'));
        return said ? planTitle : planTitle + " (" + planPeriod + ")";
    }

    PlanTie tie() {
        return new PlanTie(planId, planStage, programmeYear);
    }
}
