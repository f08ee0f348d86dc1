package it.zona.sitting.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.FileResponses;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sittings")
class SittingMinutesRestController {

    private final SittingMinutesRegistry minutes;

    SittingMinutesRestController(SittingMinutesRegistry minutes) {
        this.minutes = minutes;
    }

    @GetMapping("/api/v1/sittings/{sittingId}/minutes")
    @Operation(
            summary = "The minutes of a sitting: the facts it recorded and the office's notes; approved ones are"
                    + " public, drafts for the District's staff")
    ResponseEntity<SittingMinutesView> get(@PathVariable long sittingId) {
        SittingMinutesView found = minutes.get(sittingId);
        return Versions.withEtag(found, found.version());
    }

    @PostMapping("/api/v1/sittings/{sittingId}/minutes")
    @Operation(
            summary =
                    "Draft the minutes of a sitting that has decided an item, with notes in Markdown (District editor)")
    ResponseEntity<SittingMinutesView> draft(
            @PathVariable long sittingId, @Valid @RequestBody SittingMinutesForm form) {
        SittingMinutesView drafted = minutes.draft(sittingId, form);
        return ResponseEntity.created(URI.create("/api/v1/sittings/" + sittingId + "/minutes"))
                .header(HttpHeaders.ETAG, Versions.etag(drafted.version()))
                .body(drafted);
    }

    @PutMapping("/api/v1/sittings/{sittingId}/minutes")
    @Operation(summary = "Change the notes of draft minutes; approved minutes never change (District editor)")
    ResponseEntity<SittingMinutesView> annotate(
            @PathVariable long sittingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SittingMinutesForm form) {
        SittingMinutesView annotated = minutes.annotate(sittingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(annotated, annotated.version());
    }

    @PostMapping("/api/v1/sittings/{sittingId}/minutes/approval")
    @Operation(
            summary = "Approve the draft at a later sitting of the body held with its quorum, or by its president:"
                    + " the PDF/A is written and nothing changes any more; If-Match names the version read"
                    + " (District editor)")
    ResponseEntity<SittingMinutesView> approve(
            @PathVariable long sittingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MinutesApprovalForm form) {
        SittingMinutesView approved = minutes.approve(sittingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(approved, approved.version());
    }

    @GetMapping(path = "/api/v1/sittings/{sittingId}/minutes/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Approved minutes as PDF/A, as written at approval, with their Repr-Digest (public)")
    ResponseEntity<byte[]> document(@PathVariable long sittingId) {
        SittingMinutesRegistry.Document document = minutes.document(sittingId);
        return FileResponses.stored(
                document.fileName(), MediaType.APPLICATION_PDF, document.sha256(), document.content());
    }
}
