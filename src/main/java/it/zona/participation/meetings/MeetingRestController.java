package it.zona.participation.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Meetings")
class MeetingRestController {

    private final MeetingRegistry meetings;
    private final AttendanceRegister register;

    MeetingRestController(MeetingRegistry meetings, AttendanceRegister register) {
        this.meetings = meetings;
        this.register = register;
    }

    @GetMapping("/tables/{tableId}/meetings")
    @Operation(summary = "A table's meetings in date order (public)")
    List<MeetingView> tableMeetings(@PathVariable long tableId) {
        return meetings.forTable(tableId);
    }

    @PostMapping("/tables/{tableId}/meetings")
    @Operation(summary = "Schedule a meeting of the table; its members get an iCalendar invitation")
    ResponseEntity<MeetingView> schedule(@PathVariable long tableId, @Valid @RequestBody MeetingForm form) {
        return created(meetings.schedule(tableId, form));
    }

    @GetMapping("/plans/{planId}/meetings")
    @Operation(summary = "Every meeting of the plan: its tables' and its plenary ones (public)")
    List<MeetingView> planMeetings(@PathVariable long planId) {
        return meetings.forPlan(planId);
    }

    @PostMapping("/plans/{planId}/meetings")
    @Operation(summary = "Schedule a plenary meeting of the plan; the members of all its tables are invited")
    ResponseEntity<MeetingView> schedulePlenary(@PathVariable long planId, @Valid @RequestBody MeetingForm form) {
        return created(meetings.schedulePlenary(planId, form));
    }

    @GetMapping("/meetings/{meetingId}")
    ResponseEntity<MeetingView> get(@PathVariable long meetingId) {
        MeetingView meeting = meetings.get(meetingId);
        return Versions.withEtag(meeting, meeting.version());
    }

    @PutMapping("/meetings/{meetingId}")
    @Operation(summary = "Change a meeting still to be held; send If-Match or version")
    ResponseEntity<MeetingView> update(
            @PathVariable long meetingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeetingForm form) {
        MeetingView updated = meetings.update(meetingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/meetings/{meetingId}/move")
    @Operation(summary = "Postpone the meeting to a new date; the old date stays in its history")
    ResponseEntity<MeetingView> move(
            @PathVariable long meetingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MoveForm form) {
        MeetingView moved = meetings.move(meetingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(moved, moved.version());
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    @Operation(summary = "Cancel the meeting; the members get an iCalendar cancellation")
    MeetingView cancel(@PathVariable long meetingId) {
        return meetings.cancel(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/held")
    @Operation(summary = "Record that the meeting took place (once it has started)")
    MeetingView held(@PathVariable long meetingId) {
        return meetings.markHeld(meetingId);
    }

    @GetMapping("/meetings/{meetingId}/attendance")
    @Operation(summary = "Who of the organisations seated that day came, and the guests (public)")
    AttendanceSheet attendance(@PathVariable long meetingId) {
        return register.attendance(meetingId);
    }

    @PutMapping("/meetings/{meetingId}/attendance")
    @Operation(summary = "Record the attendance sheet (replaces the previous one; entries are required); members only")
    AttendanceSheet recordAttendance(
            @PathVariable long meetingId,
            @Validated({Default.class, AttendanceForm.Whole.class}) @RequestBody AttendanceForm form) {
        return register.recordAttendance(meetingId, form);
    }

    @DeleteMapping("/meetings/{meetingId}/attendance")
    @Operation(summary = "Clear the attendance sheet on purpose: the meeting then counts as attendance not recorded")
    ResponseEntity<Void> clearAttendance(@PathVariable long meetingId) {
        register.clearAttendance(meetingId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/plans/{planId}/participation")
    @Operation(
            summary = "Participation per table, organisation and person, attendance not recorded apart,"
                    + " and the flagged absences (public)")
    ParticipationReport participation(@PathVariable long planId) {
        return register.participation(planId);
    }

    private static ResponseEntity<MeetingView> created(MeetingView meeting) {
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .header(HttpHeaders.ETAG, Versions.etag(meeting.version()))
                .body(meeting);
    }
}
