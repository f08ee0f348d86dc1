package it.zona.participation.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the modules built on the meetings (minutes, contributions) need to know of one: whose it is
 * (a plenary meeting has no table), when it was and whether it was held. They never hold the
 * meeting itself, so its rules stay here.
 */
public record MeetingFacts(
        long id,
        long planId,
        long districtId,
        Long tableId,
        String title,
        LocalDate date,
        LocalDateTime start,
        MeetingStatus status) {}
