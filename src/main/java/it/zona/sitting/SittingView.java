package it.zona.sitting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A sitting as everyone may read it: convocation, agenda with each item's outcome and resolution,
 * and, once attendance is recorded, the quorum and why it is or is not reached. What an item decides
 * on for a plan is shown beside its own fields ({@link Decides}), absent when nothing.
 */
public record SittingView(
        long id,
        BodyRef governingBody,
        LocalDate date,
        LocalTime startTime,
        LocalDate secondCallDate,
        LocalTime secondCallTime,
        String place,
        String onlineLink,
        SittingStatus status,
        Call heldAtCall,
        List<ItemView> items,
        QuorumCheck quorum,
        long version) {

    public record BodyRef(long id, String name) {}

    public record ItemView(
            int number,
            String title,
            String proposal,
            ResolutionRef affectsResolution,
            Effect effect,
            @JsonUnwrapped Decides decides,
            Outcome outcome,
            Tally tally,
            ResolutionRef resolution) {}
}
