package it.zona.budget;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A facility as a form or an API body gives it; {@code municipality} is an ISTAT code of a member. */
public record FacilityForm(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 200) String kind,
        @Size(max = 300) String address,

        @Pattern(regexp = "(\\d{6})?", message = "{validation.istatCode}")
        String municipality,

        Long organizationId,
        Long interventionId,
        @Min(0) Integer capacity,
        @Size(max = 2000) String note,
        Long version) {

    public static FacilityForm empty() {
        return new FacilityForm("", "", "", "", null, null, null, "", null);
    }
}
