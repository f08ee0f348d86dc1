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

    AuditRestController(AuditLog log) {
        this.log = log;
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
}
