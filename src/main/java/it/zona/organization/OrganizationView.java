package it.zona.organization;

/** An organisation of a District, as staff pages, the API and the audit log see it. */
public record OrganizationView(
        long id,
        String name,
        OrganizationType type,
        String taxCode,
        String vatNumber,
        RuntsSection runtsSection,
        String runtsNumber,
        String municipality,
        String address,
        String email,
        String pec,
        String phone,
        String website,
        long version) {

    public OrganizationForm toForm() {
        return new OrganizationForm(
                name,
                type,
                taxCode,
                vatNumber,
                runtsSection,
                runtsNumber,
                municipality,
                address,
                email,
                pec,
                phone,
                website,
                version);
    }
}
