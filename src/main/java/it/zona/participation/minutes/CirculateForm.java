package it.zona.participation.minutes;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Circulating a draft: the last day (included) the members may send remarks. */
public record CirculateForm(@NotNull LocalDate remarksUntil) {}
