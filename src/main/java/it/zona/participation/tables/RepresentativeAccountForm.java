package it.zona.participation.tables;

import it.zona.participation.tables.RepresentativeEnrolment.Holder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whose account to open, the seat's representative or substitute, and its username. */
public record RepresentativeAccountForm(
        @NotNull Holder holder, @NotBlank @Size(max = 60) String username) {}
