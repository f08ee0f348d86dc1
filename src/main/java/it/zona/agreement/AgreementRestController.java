package it.zona.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.web.FileResponses;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/plans/{planId}/agreement")
@Tag(name = "Program agreement")
class AgreementRestController {

    private final AgreementRegistry agreements;
    private final SigningLinks links;

    AgreementRestController(AgreementRegistry agreements, SigningLinks links) {
        this.agreements = agreements;
        this.links = links;
    }

    @GetMapping
    @Operation(
            summary =
                    "The plan's Accordo di Programma: text, status, parties and who signed when (public with the plan)")
    ResponseEntity<AgreementView> get(@PathVariable long planId) {
        AgreementView agreement = agreements.get(planId);
        return Versions.withEtag(agreement, agreement.version());
    }

    @PostMapping
    @Operation(summary = "Draft the plan's agreement (District editor)")
    ResponseEntity<AgreementView> create(@PathVariable long planId, @Valid @RequestBody AgreementForm form) {
        AgreementView created = agreements.create(planId, form);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/agreement"))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping
    @Operation(summary = "Change the draft's title and articles (District editor)")
    ResponseEntity<AgreementView> update(
            @PathVariable long planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AgreementForm form) {
        AgreementView updated = agreements.update(planId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @PostMapping("/freeze")
    @Operation(
            summary = "Freeze the agreement as the PDF/A its parties sign; If-Match names the version read"
                    + " (District editor)")
    ResponseEntity<AgreementView> freeze(
            @PathVariable long planId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AgreementView frozen = agreements.freeze(planId, Versions.expected(ifMatch, null));
        return Versions.withEtag(frozen, frozen.version());
    }

    @GetMapping(path = "/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The frozen PDF/A, the exact bytes the parties sign (public with the plan)")
    ResponseEntity<byte[]> document(@PathVariable long planId) {
        AgreementRegistry.StoredFile file = agreements.frozenDocument(planId);
        return FileResponses.stored(file.name(), MediaType.APPLICATION_PDF, file.sha256(), file.content());
    }

    @PostMapping("/attachments")
    @Operation(
            summary = "Attach a version of a document of the District's archive to the draft (the plan document"
                    + " frozen, the implementation scheme, the memorandum); the frozen PDF lists it with its SHA-256."
                    + " The version is the agreement's (District editor)")
    ResponseEntity<AgreementView> attach(
            @PathVariable long planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AttachmentForm form) {
        AgreementView attached =
                agreements.attach(planId, form.documentId(), Versions.expected(ifMatch, form.version()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/agreement"))
                .header(HttpHeaders.ETAG, Versions.etag(attached.version()))
                .body(attached);
    }

    @DeleteMapping("/attachments/{documentId}")
    @Operation(summary = "Take an attachment off the draft; If-Match names the agreement's version (District editor)")
    ResponseEntity<Void> detach(
            @PathVariable long planId,
            @PathVariable long documentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        agreements.detach(planId, documentId, Versions.expected(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/parties")
    @Operation(summary = "The parties with their signatories and signatures (public with the plan)")
    List<AgreementView.PartyView> parties(@PathVariable long planId) {
        return agreements.get(planId).parties();
    }

    @PostMapping("/parties")
    @Operation(
            summary = "Add a party; once frozen, only a body that adheres. The version is the agreement's"
                    + " (District editor)")
    ResponseEntity<AgreementView.PartyView> addParty(
            @PathVariable long planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PartyForm form) {
        AgreementView.PartyView party = agreements.addParty(planId, form, Versions.expected(ifMatch, form.version()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/agreement/parties/" + party.id()))
                .header(HttpHeaders.ETAG, Versions.etag(party.version()))
                .body(party);
    }

    @GetMapping("/parties/{partyId}")
    @Operation(summary = "One party (public with the plan)")
    ResponseEntity<AgreementView.PartyView> party(@PathVariable long planId, @PathVariable long partyId) {
        AgreementView.PartyView party = agreements.party(planId, partyId);
        return Versions.withEtag(party, party.version());
    }

    @PutMapping("/parties/{partyId}")
    @Operation(summary = "Correct who signs for a party, until it has signed (District editor)")
    ResponseEntity<AgreementView.PartyView> updateParty(
            @PathVariable long planId,
            @PathVariable long partyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PartyForm form) {
        agreements.updateParty(planId, partyId, form, Versions.expected(ifMatch, form.version()));
        AgreementView.PartyView party = agreements.party(planId, partyId);
        return Versions.withEtag(party, party.version());
    }

    @DeleteMapping("/parties/{partyId}")
    @Operation(summary = "Remove a party from the draft; If-Match names the agreement's version (District editor)")
    ResponseEntity<Void> removeParty(
            @PathVariable long planId,
            @PathVariable long partyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        agreements.removeParty(planId, partyId, Versions.expected(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/parties/{partyId}/signatures")
    @Operation(summary = "The signed files kept for a party, with DSS's verdict (public with the plan)")
    List<AgreementView.SignatureView> signatures(@PathVariable long planId, @PathVariable long partyId) {
        return agreements.party(planId, partyId).signatures();
    }

    @PostMapping(path = "/parties/{partyId}/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a party's signed file (signed PDF or .p7m of the frozen PDF): validated with DSS,"
                    + " refused with the reason when it fails (District editor)")
    ResponseEntity<AgreementView.PartyView> sign(
            @PathVariable long planId, @PathVariable long partyId, @RequestPart("file") MultipartFile file)
            throws IOException {
        agreements.sign(planId, partyId, file.getOriginalFilename(), file.getBytes());
        AgreementView.PartyView party = agreements.party(planId, partyId);
        return ResponseEntity.created(
                        URI.create("/api/v1/plans/" + planId + "/agreement/parties/" + partyId + "/signatures"))
                .body(party);
    }

    @PostMapping("/parties/{partyId}/link")
    @Operation(
            summary = "Send a party of the frozen agreement its personal link, by e-mail to its organisation's PEC"
                    + " (else its e-mail): through it the party uploads its own signed file without an account."
                    + " Any earlier link of the party stops working; a link works for 60 days, until the party has"
                    + " a valid signature (District editor)")
    ResponseEntity<Void> sendLink(@PathVariable long planId, @PathVariable long partyId) {
        links.send(planId, partyId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(
            path = "/signatures/{signatureId}/file",
            produces = {MediaType.APPLICATION_PDF_VALUE, AgreementRegistry.PKCS7_MIME})
    @Operation(summary = "A kept signed file, as uploaded: a signed PDF or a .p7m (public with the plan)")
    ResponseEntity<byte[]> signedFile(@PathVariable long planId, @PathVariable long signatureId) {
        AgreementRegistry.StoredFile file = agreements.signedFile(planId, signatureId);
        return FileResponses.stored(
                file.name(), MediaType.parseMediaType(file.mediaType()), file.sha256(), file.content());
    }

    @GetMapping(path = "/signatures/{signatureId}/report", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(
            summary =
                    "DSS's simple report of a kept signed file, or its detailed one, as issued (public with the plan)")
    ResponseEntity<String> report(
            @PathVariable long planId,
            @PathVariable long signatureId,
            @RequestParam(defaultValue = "false") boolean detailed) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(agreements.report(planId, signatureId, detailed));
    }
}
