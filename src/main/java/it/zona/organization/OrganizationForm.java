package it.zona.organization;

import it.zona.shared.validation.ValidTaxCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation as a form or an API body submits it. {@code version} is the version the
 * client read, for updates.
 */
public record OrganizationForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationType type,
        @Size(max = 20) @ValidTaxCode String taxCode,

        @Size(max = 20) @ValidTaxCode(value = ValidTaxCode.Kind.NUMERIC, message = "{validation.vatNumber}")
        String vatNumber,

        RuntsSection runtsSection,
        @Size(max = 40) String runtsNumber,

        @Pattern(regexp = "(\\d{6})?", message = "{validation.istatCode}")
        String municipality,

        @Size(max = 300) String address,
        @Email @Size(max = 254) String email,
        @Email @Size(max = 254) String pec,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String phone,

        @Pattern(regexp = "(https?://\\S{1,490})?", message = "{validation.url}")
        String website,

        Long version) {

    public static OrganizationForm empty() {
        return new OrganizationForm("", null, "", "", null, "", "", "", "", "", "", "", null);
    }
}
