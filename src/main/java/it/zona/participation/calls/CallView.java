package it.zona.participation.calls;

import it.zona.programme.Named;
import java.time.Instant;
import java.util.List;

/**
 * A call for nominations as its pages and the API show it. {@code accepting}: open and before the
 * deadline, when the links work and nominations are taken.
 */
public record CallView(
        long id,
        long planId,
        String title,
        String text,
        Instant deadline,
        CallStatus status,
        boolean accepting,
        Instant openedAt,
        Instant closedAt,
        List<Named> tables,
        List<Reopening> reopenings,
        long version) {

    /** Open, but its deadline has passed. */
    public boolean expired() {
        return status == CallStatus.OPEN && !accepting;
    }

    public CallForm toForm() {
        return new CallForm(
                title,
                text,
                CallTimes.local(deadline),
                tables.stream().map(Named::id).toList(),
                version);
    }
}
