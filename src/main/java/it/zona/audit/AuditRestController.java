package it.zona.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditRestController {

    private final AuditLog log;
    private final AuditVerification verification;

    AuditRestController(AuditLog log, AuditVerification verification) {
        this.log = log;
        this.verification = verification;
    }

    @GetMapping("/api/v1/districts/{slug}/audit")
    @Operation(summary = "The District's audit log, newest first (District admins)")
    PageView<AuditEntryView> page(
            @PathVariable String slug,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return log.page(slug, entity, user, page, PageView.size(size, AuditLog.PAGE_SIZE));
    }

    @GetMapping("/api/v1/audit/verification")
    @Operation(
            summary = "Checks the audit log's hash chain (platform admins)",
            description = "intact is false when an entry was altered, removed or added behind the application's "
                    + "back; firstBroken is the id of the first entry that does not fit (or of the missing last "
                    + "one); lastHash, noted elsewhere, later shows a chain rewritten from some entry on.")
    AuditVerification.Result verification() {
        return verification.verify();
    }
}
