package it.zona.document;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The approval of a year's programme: the day of the approval and the act that approves it, either
 * one Zona holds ({@code actLink}, from the plan's acts for that year) or one taken outside Zona,
 * named in {@code act}.
 */
public record ProgrammeApprovalForm(
        @NotNull LocalDate approvedOn,
        @Size(max = 500) String act,
        @Size(max = 200) String actLink) {

    static ProgrammeApprovalForm empty() {
        return new ProgrammeApprovalForm(null, null, null);
    }
}
