package it.zona.organization;

import it.zona.shared.validation.ValidTaxCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person as a form or an API body submits it; {@code organizationId} is where they work, if
 * anywhere, and {@code pec} their certified e-mail (PEC), where formal acts such as a convocation go.
 */
public record PersonForm(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,

        @Size(max = 20) @ValidTaxCode(value = ValidTaxCode.Kind.PERSONAL, message = "{validation.personalTaxCode}")
        String taxCode,

        @Email @Size(max = 254) String email,
        @Email @Size(max = 254) String pec,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String phone,

        Long organizationId,
        @Size(max = 200) String position,
        Long version) {

    public static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", null, "", null);
    }
}
