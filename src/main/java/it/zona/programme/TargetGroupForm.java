package it.zona.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TargetGroupForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        Long version) {

    public static TargetGroupForm empty() {
        return new TargetGroupForm("", "", null);
    }
}
