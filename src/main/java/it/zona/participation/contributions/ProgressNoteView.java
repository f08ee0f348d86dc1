package it.zona.participation.contributions;

import it.zona.programme.Named;
import java.time.LocalDate;

/** A progress note on an intervention; {@code date} is the meeting's. */
public record ProgressNoteView(
        long id,
        long meetingId,
        long planId,
        LocalDate date,
        Named intervention,
        ProgressStatus status,
        String remarks,
        long version) {

    public ProgressNoteForm toForm() {
        return new ProgressNoteForm(intervention.id(), status, remarks, version);
    }
}
