package it.zona.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An objective as a form or an API body gives it. A general objective names its area; a specific
 * one names its general objective (whose area it shares) and its year.
 */
public record ObjectiveForm(
        @NotNull ObjectiveKind kind,
        Long areaId,
        Long parentId,
        Integer year,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        List<Long> needIds,
        Long version) {

    public static ObjectiveForm general(Long areaId) {
        return new ObjectiveForm(ObjectiveKind.GENERAL, areaId, null, null, "", "", List.of(), null);
    }

    public static ObjectiveForm specific(Long parentId, Integer year) {
        return new ObjectiveForm(ObjectiveKind.SPECIFIC, null, parentId, year, "", "", List.of(), null);
    }

    public List<Long> needIds() {
        return needIds == null ? List.of() : needIds;
    }
}
