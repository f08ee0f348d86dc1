package it.zona.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OutboxController {

    static final String LIST = "mail/outbox";
    static final String MESSAGE = "mail/message";

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String list(
            @RequestParam(required = false) OutboxStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("mails", outbox.page(status, page, Outbox.PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return LIST;
    }

    @GetMapping("/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.get(id));
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return MESSAGE;
    }
}
