package it.zona.sitting;

import it.zona.plan.PlanStage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agenda item, and the resolution it becomes, decides on: a plan and either the stage of its
 * iter the plan moves to (the mayors' approval moves it to {@link PlanStage#AGREEMENT}) or the year
 * whose programme (programma attuativo) it approves. Written in a page's select as one value, {@code
 * "12:stage:AGREEMENT"} or {@code "12:year:2025"}.
 */
record PlanTie(long planId, PlanStage stage, Integer year) {

    private static final Pattern VALUE = Pattern.compile("^(\\d{1,18}):(?:stage:([A-Z_]{1,20})|year:(\\d{4}))$");

    /** The tie of stored columns: none without a plan. */
    static PlanTie of(Long planId, PlanStage stage, Integer year) {
        return planId == null ? null : new PlanTie(planId, stage, year);
    }

    /** The value a page's select sends for this tie. */
    String value() {
        return planId + (stage != null ? ":stage:" + stage.name() : ":year:" + year);
    }

    /** A select's value read back; empty when it is not one this page wrote. */
    static Optional<PlanTie> parse(String value) {
        Matcher m = VALUE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long plan = Long.parseLong(m.group(1));
        if (m.group(3) != null) {
            return Optional.of(new PlanTie(plan, null, Integer.valueOf(m.group(3))));
        }
        try {
            return Optional.of(new PlanTie(plan, PlanStage.valueOf(m.group(2)), null));
        } catch (IllegalArgumentException noSuchStage) {
            return Optional.empty();
        }
    }
}
