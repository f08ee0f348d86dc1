package it.zona.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A policy area as a form or an API body gives it; {@code parentId} puts it inside a group. */
public record AreaForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        Long parentId,
        Long version) {

    public static AreaForm empty() {
        return new AreaForm("", "", null, null);
    }
}
