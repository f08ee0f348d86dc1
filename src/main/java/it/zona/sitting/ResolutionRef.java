package it.zona.sitting;

import java.time.LocalDate;

/** A resolution named as acts name it: "Delibera n. 5 del 12/12/2026" of a body. */
public record ResolutionRef(long id, long governingBodyId, int number, int year, LocalDate adoptedOn, String title) {

    static ResolutionRef of(Resolution r) {
        return new ResolutionRef(r.id(), r.governingBodyId(), r.number(), r.year(), r.adoptedOn(), r.title());
    }
}
