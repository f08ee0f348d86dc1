package it.zona.participation.meetings;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Someone who came to a meeting without a seat at the table: a name and, as written, whom they came for. */
@Embeddable
public record Guest(
        @Size(max = 200) String name, @Size(max = 200) String organization) {

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    Guest stripped() {
        return new Guest(name.strip(), organization == null || organization.isBlank() ? null : organization.strip());
    }
}
