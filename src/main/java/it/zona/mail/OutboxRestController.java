package it.zona.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.zona.shared.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Outbox")
class OutboxRestController {

    private final Outbox outbox;

    OutboxRestController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/outbox")
    @Operation(
            summary =
                    "E-mail sent, waiting, failed or held, newest first (platform admin: all; District admins: their Districts')")
    PageView<OutboxMessageView> page(
            @RequestParam(required = false) OutboxStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return outbox.page(status, page, PageView.size(size, Outbox.PAGE_SIZE));
    }
}
