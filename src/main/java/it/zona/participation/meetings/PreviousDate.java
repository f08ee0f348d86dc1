package it.zona.participation.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/** When a meeting was to be held before it was moved, and the day it was moved. */
@Embeddable
public record PreviousDate(
        @Column(name = "previous_date") LocalDate date,
        @Column(name = "previous_start") LocalTime startTime,
        @Column(name = "previous_end") LocalTime endTime,
        @Column(name = "moved_on") LocalDate movedOn) {}
