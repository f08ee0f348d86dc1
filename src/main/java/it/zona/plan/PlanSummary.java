package it.zona.plan;

/** A plan in a list: enough to name it and link to it. */
public record PlanSummary(long id, String title, int firstYear, int lastYear, PlanStage stage, boolean published) {

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
