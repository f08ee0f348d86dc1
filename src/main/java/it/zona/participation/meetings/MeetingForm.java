package it.zona.participation.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as a form or an API body submits it: Europe/Rome date and times, a place or an online
 * link (or both), and the agenda in order (blank items are dropped).
 */
public record MeetingForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate date,
        @NotNull LocalTime startTime,
        @NotNull LocalTime endTime,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        List<@Size(max = 1000) String> agenda,
        Long version) {

    /** Blank agenda lines the page offers for new items. */
    static final int FREE_AGENDA_LINES = 3;

    public MeetingForm {
        agenda = agenda == null ? List.of() : new ArrayList<>(agenda);
    }

    public static MeetingForm empty(LocalDate date) {
        return new MeetingForm("", date, LocalTime.of(17, 0), LocalTime.of(19, 0), "", "", List.of(), null)
                .withFreeLines();
    }

    List<String> agendaItems() {
        return agenda.stream()
                .filter(item -> item != null && !item.isBlank())
                .map(String::strip)
                .toList();
    }

    /** The same form with a few blank agenda lines at the end, for a page without JavaScript. */
    MeetingForm withFreeLines() {
        List<String> lines = new ArrayList<>(agendaItems());
        for (int i = 0; i < FREE_AGENDA_LINES; i++) {
            lines.add("");
        }
        return new MeetingForm(title, date, startTime, endTime, place, onlineLink, lines, version);
    }
}
