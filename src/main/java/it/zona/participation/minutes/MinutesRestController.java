package it.zona.participation.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Minutes")
class MinutesRestController {

    private final MinutesRegistry minutes;
    private final MinutesRemarkRegistry remarks;

    MinutesRestController(MinutesRegistry minutes, MinutesRemarkRegistry remarks) {
        this.minutes = minutes;
        this.remarks = remarks;
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    @Operation(
            summary =
                    "The meeting's minutes, latest version first: approved ones for everyone, open ones for staff and members")
    List<MinutesView> forMeeting(@PathVariable long meetingId) {
        return minutes.forMeeting(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    @Operation(summary = "Write the first draft of a held meeting's minutes (body in Markdown)")
    ResponseEntity<MinutesView> draft(@PathVariable long meetingId, @Valid @RequestBody MinutesForm form) {
        return created(minutes.draft(meetingId, form));
    }

    @GetMapping("/minutes/{minutesId}")
    ResponseEntity<MinutesView> get(@PathVariable long minutesId) {
        MinutesView found = minutes.get(minutesId);
        return Versions.withEtag(found, found.version());
    }

    @GetMapping(value = "/minutes/{minutesId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Approved minutes as PDF/A")
    ResponseEntity<byte[]> pdf(@PathVariable long minutesId) {
        return inlinePdf(minutes.pdf(minutesId));
    }

    @PutMapping("/minutes/{minutesId}")
    @Operation(summary = "Amend an open version; send If-Match or version. Approved minutes are never changed")
    ResponseEntity<MinutesView> amend(
            @PathVariable long minutesId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MinutesForm form) {
        MinutesView amended = minutes.amend(minutesId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(amended, amended.version());
    }

    @PostMapping("/minutes/{minutesId}/circulate")
    @Operation(summary = "Circulate the draft to the members for remarks until the given day")
    MinutesView circulate(@PathVariable long minutesId, @Valid @RequestBody CirculateForm form) {
        return minutes.circulate(minutesId, form);
    }

    @PostMapping("/minutes/{minutesId}/approve")
    @Operation(
            summary = "Approve a circulated version at a later held meeting or by the coordinator; it cannot be undone")
    MinutesView approve(@PathVariable long minutesId, @Valid @RequestBody ApprovalForm form) {
        return minutes.approve(minutesId, form);
    }

    @PostMapping("/minutes/{minutesId}/corrections")
    @Operation(summary = "Start a correction of approved minutes: a new draft version naming this one")
    ResponseEntity<MinutesView> correct(@PathVariable long minutesId) {
        return created(minutes.correct(minutesId));
    }

    @GetMapping("/minutes/{minutesId}/remarks")
    @Operation(summary = "The members' remarks on a version")
    List<MinutesView.Remark> remarks(@PathVariable long minutesId) {
        return minutes.get(minutesId).remarks();
    }

    @PostMapping("/minutes/{minutesId}/remarks")
    @Operation(summary = "A remark on circulated minutes, before the deadline: by a member, or recorded by the office")
    ResponseEntity<MinutesView.Remark> remark(@PathVariable long minutesId, @Valid @RequestBody RemarkForm form) {
        MinutesView.Remark remark = remarks.remark(minutesId, form);
        return ResponseEntity.created(URI.create("/api/v1/minutes/" + minutesId + "/remarks"))
                .body(remark);
    }

    private static ResponseEntity<MinutesView> created(MinutesView view) {
        return ResponseEntity.created(URI.create("/api/v1/minutes/" + view.id()))
                .header(HttpHeaders.ETAG, Versions.etag(view.version()))
                .body(view);
    }

    static ResponseEntity<byte[]> inlinePdf(MinutesRegistry.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(pdf.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf.content());
    }
}
