package it.zona.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interventions/{interventionId}/progress")
@Tag(name = "Progress of interventions")
class InterventionProgressRestController {

    private final InterventionProgress progress;

    InterventionProgressRestController(InterventionProgress progress) {
        this.progress = progress;
    }

    @GetMapping
    @Operation(
            summary = "The intervention's status, percentage of progress and whole story, newest first: the"
                    + " office's entries and the notes heard at the thematic tables (public once the plan is;"
                    + " who wrote an entry for the District's staff only)")
    ProgressView get(@PathVariable long interventionId) {
        return progress.of(interventionId);
    }

    @PostMapping
    @Operation(
            summary = "Add an entry to the timeline (District editor); with a status or a percentage it sets"
                    + " them from its day. A completed intervention is at 100%")
    ResponseEntity<ProgressView.Item> add(
            @PathVariable long interventionId, @Valid @RequestBody ProgressEntryForm form) {
        ProgressView.Item added = progress.add(interventionId, form);
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + interventionId + "/progress"))
                .body(added);
    }

    @DeleteMapping("/entries/{entryId}")
    @Operation(summary = "Remove an entry of the timeline (District editor); the audit log keeps it")
    ResponseEntity<Void> remove(@PathVariable long interventionId, @PathVariable long entryId) {
        progress.remove(interventionId, entryId);
        return ResponseEntity.noContent().build();
    }
}
