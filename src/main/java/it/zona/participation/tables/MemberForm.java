package it.zona.participation.tables;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's seat at a table: its representative and, optionally, a substitute. */
@Schema(name = "TableMemberForm")
public record MemberForm(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 200) String representativeName,
        @Size(max = 200) String representativeRole,
        @Email @Size(max = 254) String representativeEmail,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String representativePhone,

        @Size(max = 200) String substituteName,
        @Size(max = 200) String substituteRole,
        @Email @Size(max = 254) String substituteEmail,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String substitutePhone,

        Long version) {

    public static MemberForm empty() {
        return new MemberForm(null, "", "", "", "", "", "", "", "", null);
    }

    Representative representative() {
        return Representative.of(representativeName, representativeRole, representativeEmail, representativePhone);
    }

    Representative substitute() {
        return Representative.of(substituteName, substituteRole, substituteEmail, substitutePhone);
    }
}
