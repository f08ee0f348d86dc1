package it.zona.participation.contributions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an answered proposal is opened again: the reason stays in its history. */
public record ReopenProposalForm(@NotBlank @Size(max = 1000) String reason) {}
