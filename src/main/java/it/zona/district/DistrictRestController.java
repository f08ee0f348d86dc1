package it.zona.district;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.identity.AccountRegistry;
import it.zona.identity.DistrictRole;
import it.zona.identity.StaffInvitationRegistry;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creating Districts and changing their settings, members and staff. Reading is in the portal. */
@RestController
@RequestMapping("/api/v1/districts")
@Tag(name = "Districts")
class DistrictRestController {

    private final DistrictRegistry districts;
    private final AccountRegistry accounts;
    private final StaffInvitationRegistry invitations;
    private final StaffEnrolment enrolment;

    DistrictRestController(
            DistrictRegistry districts,
            AccountRegistry accounts,
            StaffInvitationRegistry invitations,
            StaffEnrolment enrolment) {
        this.districts = districts;
        this.accounts = accounts;
        this.invitations = invitations;
        this.enrolment = enrolment;
    }

    record StaffRole(
            @NotNull DistrictRole role,
            @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email) {}

    @PostMapping
    @Operation(summary = "Create a District, optionally with its first admin (platform admin)")
    ResponseEntity<DistrictRegistry.Created> create(@Valid @RequestBody NewDistrict district) {
        DistrictRegistry.Created created = districts.create(district);
        return ResponseEntity.created(
                        URI.create("/api/v1/districts/" + created.district().slug()))
                .header(HttpHeaders.ETAG, Versions.etag(created.district().version()))
                .body(created);
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Change a District's data (District admin); send If-Match or version")
    ResponseEntity<DistrictView> update(
            @PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DistrictDetails details) {
        DistrictView updated = districts.update(slug, details, Versions.expected(ifMatch, details.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @PutMapping("/{slug}/municipalities/{istatCode}")
    @Operation(summary = "Add a member municipality (District admin); adding one already there changes nothing")
    ResponseEntity<DistrictView> addMunicipality(@PathVariable String slug, @PathVariable String istatCode) {
        DistrictView updated = districts.addMunicipality(slug, istatCode);
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/{slug}/municipalities/{istatCode}")
    @Operation(summary = "Remove a member municipality (District admin); the lead one cannot be removed")
    ResponseEntity<Void> removeMunicipality(@PathVariable String slug, @PathVariable String istatCode) {
        districts.removeMunicipality(slug, istatCode);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{slug}/staff")
    @Operation(summary = "The District's staff and their roles (District admin)")
    List<AccountRegistry.Member> staff(@PathVariable String slug) {
        return accounts.members(districts.authorize(slug, DistrictRole.ADMIN).id());
    }

    @GetMapping("/{slug}/staff/invitations")
    @Operation(summary = "The District's invitations still waiting for an answer, as they were typed (District admin)")
    List<StaffInvitationRegistry.Invitation> invitations(@PathVariable String slug) {
        return invitations.pending(districts.authorize(slug, DistrictRole.ADMIN).id());
    }

    @DeleteMapping("/{slug}/staff/invitations/{id}")
    @Operation(summary = "Withdraw an invitation still waiting for an answer (District admin)")
    ResponseEntity<Void> withdraw(@PathVariable String slug, @PathVariable long id) {
        invitations.withdraw(districts.authorize(slug, DistrictRole.ADMIN).id(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{slug}/staff/{username}")
    @Operation(
            summary = "Change a staff member's role, or invite anyone else to it (District admin)",
            description = "A member of the District's staff gets the role at once (200, the member). Anyone else is "
                    + "invited (202, the invitation as typed; displayName and email are then required): the role "
                    + "exists once the person accepts. The answer is the same whether the username exists or not.")
    ResponseEntity<?> grant(
            @PathVariable String slug, @PathVariable String username, @Valid @RequestBody StaffRole role) {
        DistrictAccess access = districts.authorize(slug, DistrictRole.ADMIN);
        StaffEnrolment.Outcome outcome = enrolment.add(
                access, new AccountRegistry.NewAccount(username, role.displayName(), role.email()), role.role());
        return outcome.member() != null
                ? ResponseEntity.ok(outcome.member())
                : ResponseEntity.accepted().body(outcome.invitation());
    }

    @DeleteMapping("/{slug}/staff/{username}")
    @Operation(summary = "Take a District role away from an account (District admin)")
    ResponseEntity<Void> revoke(@PathVariable String slug, @PathVariable String username) {
        accounts.revoke(districts.authorize(slug, DistrictRole.ADMIN).id(), username);
        return ResponseEntity.noContent().build();
    }
}
