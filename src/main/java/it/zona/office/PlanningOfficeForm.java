package it.zona.office;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The planning office's data; {@code headPersonId} is its head (responsabile), a person of the District. */
public record PlanningOfficeForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Email @Size(max = 254) String email,
        @Email @Size(max = 254) String pec,

        @Pattern(regexp = "[+0-9 ()./-]{0,40}", message = "{validation.phone}")
        String phone,

        Long headPersonId,
        Long version) {}
