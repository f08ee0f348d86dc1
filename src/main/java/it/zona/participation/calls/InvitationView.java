package it.zona.participation.calls;

import it.zona.programme.Named;
import java.time.Instant;

/** An organisation invited to a call: where its mail went, its reminders, whether it answered. Staff only. */
public record InvitationView(
        long id,
        long callId,
        Named organization,
        String sentTo,
        Instant invitedAt,
        String invitedBy,
        Instant lastReminderAt,
        int reminders,
        Instant nextReminderFrom,
        boolean answered,
        long version) {}
