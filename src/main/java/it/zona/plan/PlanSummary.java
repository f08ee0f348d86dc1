package it.zona.plan;

/** A plan in a list: enough to name it and link to it. */
public record PlanSummary(long id, String title, int firstYear, int lastYear, PlanStage stage, boolean published) {

    public String period() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }

    /**
     * The title and its period, as lists name a plan: "Piano sociale di zona (2025-2027)", but a
     * title that already says its years ("Piano sociale di zona 2025-2027") is not followed by them
     * again.
     */
    public String label() {
        String years = period();
        boolean said = title.contains(years)
                || title.replace('–', '-').replace(" - ", "-").contains(years)
                || title.contains(firstYear + "/" + lastYear);
        return said ? title : title + " (" + years + ")";
    }
}
