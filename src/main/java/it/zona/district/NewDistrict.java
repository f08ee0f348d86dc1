package it.zona.district;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A District to create (platform admin). The lead municipality joins the members by itself;
 * {@code admin}, when given, becomes the District's first admin.
 */
public record NewDistrict(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}")
        String slug,

        @NotBlank @Size(max = 200) String name,
        @NotNull LegalForm legalForm,

        @NotBlank @Pattern(regexp = "\\d{6}", message = "{validation.istatCode}")
        String leadMunicipality,

        @Size(max = 500) List<@Pattern(regexp = "\\d{6}", message = "{validation.istatCode}") String> municipalities,
        @Size(max = 4000) String description,
        @Valid FirstAdmin admin) {

    public record FirstAdmin(
            @NotBlank
            @Size(min = 3, max = 60)
            @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]*", message = "{validation.username}")
            String username,

            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email) {}

    public DistrictDetails details() {
        return new DistrictDetails(name, legalForm, leadMunicipality, description, null, null, null, null, null);
    }
}
