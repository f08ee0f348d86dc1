package it.zona.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A funding source as a form or an API body gives it; {@code active} false retires it. */
public record FundingSourceForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        Boolean active,
        Long version) {

    public static FundingSourceForm empty() {
        return new FundingSourceForm("", "", true, null);
    }
}
