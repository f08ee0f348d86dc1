package it.zona.participation.contributions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposal made at a meeting by an organisation, in one of the plan's areas. */
public record ProposalForm(
        @NotNull Long organizationId,
        @NotNull Long areaId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String text,
        Long version) {

    static ProposalForm empty() {
        return new ProposalForm(null, null, "", "", null);
    }
}
