package it.zona.participation.calls;

import it.zona.participation.tables.Representative;
import it.zona.programme.Named;
import java.time.Instant;

/**
 * A nomination as the office and the organisation (through its link) see it. Representatives'
 * contacts are for them only: {@link #withoutContacts()} is what anyone else would see.
 */
public record NominationView(
        long id,
        long callId,
        long invitationId,
        Named organization,
        Named table,
        Representative representative,
        Representative substitute,
        NominationStatus status,
        Instant submittedAt,
        String submittedBy,
        Long supersedesId,
        Instant decidedAt,
        String decidedBy,
        String reason,
        long version) {

    public boolean pending() {
        return status == NominationStatus.SUBMITTED;
    }

    public NominationView withoutContacts() {
        return new NominationView(
                id,
                callId,
                invitationId,
                organization,
                table,
                representative.withoutContacts(),
                substitute == null ? null : substitute.withoutContacts(),
                status,
                submittedAt,
                submittedBy,
                supersedesId,
                decidedAt,
                decidedBy,
                reason,
                version);
    }

    /** The form to replace this nomination's representatives, filled with the current ones. */
    public NominationForm toForm() {
        return NominationForm.of(table.id(), representative, substitute);
    }
}
