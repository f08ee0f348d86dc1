package it.zona.office;

/** The planning office as the public sees it; {@code version} 0 and no data until it is first saved. */
public record PlanningOfficeView(
        String name,
        String description,
        String email,
        String pec,
        String phone,
        Long headPersonId,
        String headName,
        long version) {

    public PlanningOfficeForm toForm() {
        return new PlanningOfficeForm(name, description, email, pec, phone, headPersonId, version);
    }
}
