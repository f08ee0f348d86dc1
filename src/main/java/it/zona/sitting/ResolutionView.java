package it.zona.sitting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * A resolution with the sitting and item it comes from, the earlier resolution it amends or revokes,
 * what it decides on for a plan ({@link Decides}, beside its own fields, absent when nothing), and the
 * later ones that amended or revoked it: {@code status} says which holds now.
 */
record ResolutionView(
        long id,
        SittingView.BodyRef governingBody,
        int number,
        int year,
        LocalDate adoptedOn,
        String title,
        String text,
        long sittingId,
        int itemNumber,
        ResolutionRef affects,
        Effect effect,
        @JsonUnwrapped Decides decides,
        List<ResolutionRef> amendedBy,
        ResolutionRef revokedBy,
        Status status) {

    public enum Status {
        IN_FORCE,
        AMENDED,
        REVOKED
    }
}
