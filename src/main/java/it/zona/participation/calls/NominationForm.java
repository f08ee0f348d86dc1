package it.zona.participation.calls;

import it.zona.participation.tables.Representative;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation's nomination at one table: the representative (the name is required when the
 * table is chosen) and optionally a substitute. {@code chosen} is the box ticked on the page; the
 * API and a replacement always mean it.
 */
public record NominationForm(
        Long tableId,
        Boolean chosen,
        @Size(max = 200) String representativeName,
        @Size(max = 200) String representativeRole,
        @Email @Size(max = 254) String representativeEmail,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String representativePhone,

        @Size(max = 200) String substituteName,
        @Size(max = 200) String substituteRole,
        @Email @Size(max = 254) String substituteEmail,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String substitutePhone) {

    public static NominationForm empty(long tableId) {
        return new NominationForm(tableId, false, "", "", "", "", "", "", "", "");
    }

    /** Whether the table is ticked (a box left unticked sends nothing). */
    public boolean isChosen() {
        return Boolean.TRUE.equals(chosen);
    }

    static NominationForm of(long tableId, Representative representative, Representative substitute) {
        return new NominationForm(
                tableId,
                true,
                representative.name(),
                orEmpty(representative.role()),
                orEmpty(representative.email()),
                orEmpty(representative.phone()),
                substitute == null ? "" : substitute.name(),
                substitute == null ? "" : orEmpty(substitute.role()),
                substitute == null ? "" : orEmpty(substitute.email()),
                substitute == null ? "" : orEmpty(substitute.phone()));
    }

    Representative representative() {
        return Representative.of(representativeName, representativeRole, representativeEmail, representativePhone);
    }

    Representative substitute() {
        return Representative.of(substituteName, substituteRole, substituteEmail, substitutePhone);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
