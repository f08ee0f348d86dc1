package it.zona.participation.contributions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A table's note on an intervention's progress at a meeting. */
public record ProgressNoteForm(
        @NotNull Long interventionId,
        @NotNull ProgressStatus status,
        @Size(max = 4000) String remarks,
        Long version) {

    static ProgressNoteForm empty() {
        return new ProgressNoteForm(null, null, "", null);
    }
}
