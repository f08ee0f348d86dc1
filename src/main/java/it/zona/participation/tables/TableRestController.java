package it.zona.participation.tables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.programme.Named;
import it.zona.shared.NotFoundException;
import it.zona.shared.web.Versions;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thematic tables")
class TableRestController {

    private final TableRegistry tables;
    private final TableMembership membership;

    TableRestController(TableRegistry tables, TableMembership membership) {
        this.tables = tables;
        this.membership = membership;
    }

    @GetMapping("/plans/{planId}/tables")
    @Operation(summary = "The thematic tables of a plan (public from the plan's launch)")
    List<TableView> list(@PathVariable long planId) {
        return tables.list(planId);
    }

    @PostMapping("/plans/{planId}/tables")
    @Operation(summary = "Open a thematic table on some of the plan's areas")
    ResponseEntity<TableView> create(@PathVariable long planId, @Valid @RequestBody TableForm form) {
        TableView created = tables.create(planId, form);
        return ResponseEntity.created(URI.create("/api/v1/tables/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()))
                .body(created);
    }

    @GetMapping("/plans/{planId}/tables/coordinator")
    @Operation(summary = "The coordinator of the plan's tables")
    ResponseEntity<CoordinatorView> coordinator(@PathVariable long planId) {
        Named person = tables.coordinator(planId)
                .orElseThrow(() -> new NotFoundException("error.coordinator.notAppointed", planId));
        return withVersion(person, planId);
    }

    @PutMapping("/plans/{planId}/tables/coordinator")
    @Operation(summary = "Appoint the coordinator of the plan's tables (a person of the District)")
    ResponseEntity<CoordinatorView> appoint(@PathVariable long planId, @Valid @RequestBody CoordinatorForm form) {
        return withVersion(tables.appointCoordinator(planId, form), planId);
    }

    private ResponseEntity<CoordinatorView> withVersion(Named person, long planId) {
        long version = tables.coordinatorVersion(planId);
        return Versions.withEtag(new CoordinatorView(person, version), version);
    }

    @GetMapping("/tables/{tableId}")
    ResponseEntity<TableView> get(@PathVariable long tableId) {
        TableView table = tables.get(tableId);
        return Versions.withEtag(table, table.version());
    }

    @PutMapping("/tables/{tableId}")
    @Operation(summary = "Change a table; send If-Match or version")
    ResponseEntity<TableView> update(
            @PathVariable long tableId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TableForm form) {
        TableView updated = tables.update(tableId, form, Versions.expected(ifMatch, form.version()));
        return Versions.withEtag(updated, updated.version());
    }

    @DeleteMapping("/tables/{tableId}")
    @Operation(summary = "Delete a table that never had members or meetings")
    ResponseEntity<Void> delete(@PathVariable long tableId) {
        tables.delete(tableId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tables/{tableId}/members")
    @Operation(
            summary = "The organisations at the table; ?history=true for every seat it has had. "
                    + "Contacts are shown to the District's staff only")
    List<TableMemberView> members(@PathVariable long tableId, @RequestParam(defaultValue = "false") boolean history) {
        return history ? membership.history(tableId) : membership.members(tableId);
    }

    @PostMapping("/tables/{tableId}/members")
    @Operation(summary = "Seat an organisation at the table with its representative")
    ResponseEntity<TableMemberView> add(@PathVariable long tableId, @Valid @RequestBody MemberForm form) {
        TableMemberView seated = membership.add(tableId, form);
        return ResponseEntity.created(URI.create("/api/v1/tables/" + tableId + "/members/" + seated.id()))
                .body(seated);
    }

    @GetMapping("/tables/{tableId}/members/{memberId}")
    TableMemberView member(@PathVariable long tableId, @PathVariable long memberId) {
        return membership.get(tableId, memberId);
    }

    @PutMapping("/tables/{tableId}/members/{memberId}")
    @Operation(
            summary = "Name a new representative or substitute: the seat ends as replaced and a new one "
                    + "begins; send If-Match or version")
    TableMemberView replace(
            @PathVariable long tableId,
            @PathVariable long memberId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MemberForm form) {
        return membership.replace(tableId, memberId, form, Versions.expected(ifMatch, form.version()));
    }

    @DeleteMapping("/tables/{tableId}/members/{memberId}")
    @Operation(summary = "The organisation leaves the table; its seat stays in the history")
    TableMemberView withdraw(@PathVariable long tableId, @PathVariable long memberId) {
        return membership.withdraw(tableId, memberId);
    }
}
