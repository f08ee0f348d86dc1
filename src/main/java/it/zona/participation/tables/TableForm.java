package it.zona.participation.tables;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A thematic table as a form or an API body submits it. */
public record TableForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull TableKind kind,
        @Size(max = 4000) String description,
        List<Long> areaIds,
        Long liaisonId,
        Long version) {

    public TableForm {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
    }

    public static TableForm empty() {
        return new TableForm("", TableKind.PERMANENT, "", List.of(), null, null);
    }
}
