package it.zona.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party: the organisation of the District, who signs for it and whether its signature is needed. */
public record PartyForm(
        @NotNull Long organizationId,
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 200) String signatoryName,
        @NotBlank @Size(max = 200) String signatoryRole,
        @Size(max = 300) String empoweringAct,
        boolean signatureRequired,
        Long version) {}
