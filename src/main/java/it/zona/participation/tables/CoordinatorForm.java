package it.zona.participation.tables;

import jakarta.validation.constraints.NotNull;

/** The person appointed coordinator of a plan's tables. */
public record CoordinatorForm(@NotNull Long personId, Long version) {}
