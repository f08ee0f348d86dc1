package it.zona.participation.desk;

import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.participation.tables.RepresentativeAccountForm;
import it.zona.participation.tables.RepresentativeEnrolment;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The representative's own view, and the accounts District admins open for representatives. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Representatives")
class RepresentativeRestController {

    private final RepresentativeDesk desk;
    private final RepresentativeEnrolment accounts;

    RepresentativeRestController(RepresentativeDesk desk, RepresentativeEnrolment accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    /** The seats, next meetings, minutes awaiting remarks and proposals of the signed-in person. */
    @GetMapping("/me/participation")
    RepresentativeDesk.Overview mine() {
        return desk.overview();
    }

    /** Opens an account for the seat's representative or substitute; the first password goes by e-mail. */
    @PostMapping("/tables/{tableId}/members/{memberId}/account")
    @ResponseStatus(HttpStatus.CREATED)
    RepresentativeEnrolment.Opened open(
            @PathVariable long tableId,
            @PathVariable long memberId,
            @Valid @RequestBody RepresentativeAccountForm form) {
        return accounts.open(tableId, memberId, form.holder(), form.username());
    }
}
