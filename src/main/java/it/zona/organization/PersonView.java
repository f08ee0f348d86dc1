package it.zona.organization;

/**
 * A person of a District's directory. Tax code, e-mail, PEC and phone are personal data: this view is
 * for the District's staff only.
 */
public record PersonView(
        long id,
        String givenName,
        String familyName,
        String taxCode,
        String email,
        String pec,
        String phone,
        Long organizationId,
        String position,
        long version) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public PersonForm toForm() {
        return new PersonForm(givenName, familyName, taxCode, email, pec, phone, organizationId, position, version);
    }
}
