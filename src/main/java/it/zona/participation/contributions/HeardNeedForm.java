package it.zona.participation.contributions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A need heard at a meeting, in one of the plan's areas; the organisation that raised it, if one did. */
public record HeardNeedForm(
        @NotNull Long areaId,
        Long organizationId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        Long version) {

    static HeardNeedForm empty() {
        return new HeardNeedForm(null, null, "", "", null);
    }
}
