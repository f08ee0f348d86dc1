package it.zona.sitting.convocation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.FileResponses;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sittings")
class ConvocationRestController {

    static final String CALENDAR = "text/calendar";

    private final Convocations convocations;

    ConvocationRestController(Convocations convocations) {
        this.convocations = convocations;
    }

    @GetMapping(path = "/api/v1/sittings/{sittingId}/agenda", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The convocation and its agenda as PDF/A, as the members receive it (public)")
    ResponseEntity<byte[]> agenda(@PathVariable long sittingId) {
        Convocations.Pdf agenda = convocations.agenda(sittingId);
        return FileResponses.inline(agenda.fileName(), MediaType.APPLICATION_PDF, agenda.content());
    }

    @GetMapping(path = "/api/v1/sittings/{sittingId}/calendar", produces = CALENDAR)
    @Operation(
            summary = "The sitting as an iCalendar event (RFC 5545) to add to a calendar, with the UID and SEQUENCE"
                    + " of the members' invitations (public)")
    ResponseEntity<byte[]> calendar(@PathVariable long sittingId) {
        return FileResponses.inline(
                "seduta-" + sittingId + ".ics",
                new MediaType("text", "calendar", StandardCharsets.UTF_8),
                convocations.calendar(sittingId).getBytes(StandardCharsets.UTF_8));
    }
}
