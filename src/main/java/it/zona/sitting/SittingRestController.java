package it.zona.sitting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sittings")
class SittingRestController {

    private final SittingRegistry sittings;
    private final ResolutionNumbering numbering;

    SittingRestController(SittingRegistry sittings, ResolutionNumbering numbering) {
        this.sittings = sittings;
        this.numbering = numbering;
    }

    @GetMapping("/api/v1/districts/{slug}/sittings")
    @Operation(
            summary =
                    "The sittings of the District's governing bodies, the latest first; body filters one body (public)")
    PageView<SittingView> list(
            @PathVariable String slug,
            @RequestParam(required = false) Long body,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return sittings.list(slug, body, page, PageView.size(size, SittingRegistry.PAGE_SIZE));
    }

    @PostMapping("/api/v1/districts/{slug}/sittings")
    @Operation(summary = "Convene a sitting of a governing body with its agenda (District editor)")
    ResponseEntity<SittingView> convene(@PathVariable String slug, @Valid @RequestBody SittingForm form) {
        SittingView created = sittings.convene(slug, form);
        return ResponseEntity.created(URI.create("/api/v1/sittings/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/api/v1/sittings/{sittingId}")
    @Operation(summary = "A sitting: convocation, agenda with outcomes and resolutions, quorum (public)")
    ResponseEntity<SittingView> get(@PathVariable long sittingId) {
        SittingView sitting = sittings.get(sittingId);
        return Versions.withEtag(sitting, sitting.version());
    }

    @PutMapping("/api/v1/sittings/{sittingId}")
    @Operation(summary = "Change the convocation and agenda, until an item is decided (District editor)")
    ResponseEntity<SittingView> update(
            @PathVariable long sittingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SittingForm form) {
        SittingView updated = sittings.update(sittingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/api/v1/sittings/{sittingId}/cancellation")
    @Operation(summary = "Cancel a sitting that has decided nothing; If-Match names the version read (District editor)")
    ResponseEntity<SittingView> cancel(
            @PathVariable long sittingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SittingView cancelled = sittings.cancel(sittingId, Versions.expected(ifMatch, null));
        return Versions.withEtag(cancelled, cancelled.version());
    }

    @GetMapping("/api/v1/sittings/{sittingId}/attendance")
    @Operation(summary = "The attendance sheet: every seat on the day, how its member attended, the quorum (public)")
    ResponseEntity<SittingAttendanceView> attendance(@PathVariable long sittingId) {
        SittingAttendanceView sheet = sittings.attendance(sittingId);
        return Versions.withEtag(sheet, sheet.version());
    }

    @PutMapping("/api/v1/sittings/{sittingId}/attendance")
    @Operation(summary = "Record who attended and at which call; members not listed are absent (District editor)")
    ResponseEntity<SittingAttendanceView> recordAttendance(
            @PathVariable long sittingId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody SittingAttendanceForm form) {
        SittingAttendanceView sheet =
                sittings.recordAttendance(sittingId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(sheet, sheet.version());
    }

    @GetMapping("/api/v1/sittings/{sittingId}/items/{number}/votes")
    @Operation(summary = "The votes by name on an agenda item, numbered from 1, with their weights (public)")
    ResponseEntity<VotesView> votes(@PathVariable long sittingId, @PathVariable int number) {
        VotesView votes = sittings.votes(sittingId, number);
        return Versions.withEtag(votes, votes.version());
    }

    @PutMapping("/api/v1/sittings/{sittingId}/items/{number}/votes")
    @Operation(summary = "Record the votes on an undecided item; needs the quorum (District editor)")
    ResponseEntity<VotesView> recordVotes(
            @PathVariable long sittingId,
            @PathVariable int number,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody VotesForm form) {
        VotesView votes = sittings.recordVotes(sittingId, number, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(votes, votes.version());
    }

    @PostMapping("/api/v1/sittings/{sittingId}/items/{number}/decision")
    @Operation(
            summary = "Close the vote on an item: the outcome is computed from the votes and the body's rules, and an"
                    + " approved item becomes the body's next numbered resolution; If-Match names the version read"
                    + " (District editor)")
    SittingView.ItemView decide(
            @PathVariable long sittingId,
            @PathVariable int number,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return numbering.decide(sittingId, number, Versions.expected(ifMatch, null));
    }
}
