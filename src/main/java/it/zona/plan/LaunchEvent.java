package it.zona.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;

/** The public meeting that opens a plan (e.g. 24 September 2020, Castello Ducale di Corigliano). */
@Embeddable
public record LaunchEvent(
        @Column(name = "launch_date") LocalDate date,
        @Column(name = "launch_time") LocalTime time,
        @Column(name = "launch_place") String place,
        @Column(name = "launch_description") String description) {

    boolean isEmpty() {
        return date == null && time == null && place == null && description == null;
    }
}
