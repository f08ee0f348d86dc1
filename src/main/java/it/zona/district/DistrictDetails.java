package it.zona.district;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable data of a District, from its settings page or {@code PUT /api/v1/districts/{slug}}. */
public record DistrictDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull LegalForm legalForm,

        @Pattern(regexp = "\\d{6}", message = "{validation.istatCode}")
        String leadMunicipality,

        @Size(max = 4000) String description,
        @Email @Size(max = 254) String email,
        @Email @Size(max = 254) String pec,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String phone,

        @Pattern(regexp = "(https?://\\S{1,490})?", message = "{validation.url}")
        String website,

        Long version) {}
