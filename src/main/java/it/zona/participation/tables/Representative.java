package it.zona.participation.tables;

import it.zona.shared.PlainText;
import jakarta.persistence.Embeddable;

/**
 * Who speaks for an organisation at a table. Only what the role needs is kept (GDPR art. 5): the
 * public sees the name; the work e-mail and phone are for the District's staff and the person.
 */
@Embeddable
public record Representative(String name, String role, String email, String phone) {

    public static Representative of(String name, String role, String email, String phone) {
        return name == null || name.isBlank()
                ? null
                : new Representative(
                        name.strip(),
                        PlainText.blankToNull(role),
                        PlainText.blankToNull(email),
                        PlainText.blankToNull(phone));
    }

    /** The name and role only, as the public pages show a representative. */
    public Representative withoutContacts() {
        return new Representative(name, role, null, null);
    }
}
