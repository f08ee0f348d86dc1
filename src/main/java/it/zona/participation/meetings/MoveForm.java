package it.zona.participation.meetings;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** The new date and times of a postponed meeting; the old ones go into its history. */
public record MoveForm(
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        Long version) {}
