package it.zona.participation.calls;

import it.zona.participation.tables.TableNames;
import it.zona.shared.DomainException;
import it.zona.shared.RuleViolationException;
import it.zona.shared.web.Flash;
import it.zona.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of an organisation's personal link: no account, the token is the credential. They say
 * plainly when the link has expired with the call, and whom to ask.
 */
@Controller
@RequestMapping("/nominations/{token}")
class NominationController {

    static final String PAGE_VIEW = "participation/nomination";
    static final String EXPIRED_VIEW = "participation/nomination-expired";
    static final String REPLACE_VIEW = "participation/nomination-replace";
    static final String WITHDRAW_VIEW = "participation/nomination-withdraw";

    private final NominationDesk desk;

    NominationController(NominationDesk desk) {
        this.desk = desk;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        NominationPage page = desk.page(token);
        if (!page.accepting()) {
            return expired(page, model, response, HttpStatus.GONE);
        }
        model.addAttribute(
                "form",
                new NominationsForm(page.openTables().stream()
                        .map(table -> NominationForm.empty(table.id()))
                        .toList()));
        return page(token, page, model);
    }

    @PostMapping
    String nominate(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NominationsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NominationPage page = desk.page(token);
        if (!page.accepting()) {
            return expired(page, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        List<NominationForm> entries = form.entries();
        for (int i = 0; i < entries.size(); i++) {
            NominationForm entry = entries.get(i);
            if (entry.isChosen() && entry.representative() == null) {
                errors.rejectValue("entries[" + i + "].representativeName", "error.nomination.nameRequired");
            }
        }
        if (!errors.hasErrors()) {
            try {
                List<NominationView> sent = desk.nominate(token, form);
                Flash.success(redirect, "nomination.sent", sent.size());
                return "redirect:/nominations/" + token;
            } catch (DomainException refused) {
                if (isDeadline(refused)) {
                    return expired(desk.page(token), model, response, HttpStatus.UNPROCESSABLE_CONTENT);
                }
                FormErrors.add(errors, refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(token, page, model);
    }

    @GetMapping("/{nominationId}/replace")
    String replaceForm(@PathVariable String token, @PathVariable long nominationId, Model model) {
        NominationView nomination = desk.get(token, nominationId);
        model.addAttribute("form", nomination.toForm());
        return replacePage(token, nomination, model);
    }

    @PostMapping("/{nominationId}/replace")
    String replace(
            @PathVariable String token,
            @PathVariable long nominationId,
            @Valid @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NominationView nomination = desk.get(token, nominationId);
        if (form.representative() == null) {
            errors.rejectValue("representativeName", "error.nomination.nameRequired");
        }
        if (!errors.hasErrors()) {
            try {
                desk.replace(token, nominationId, form);
                Flash.success(
                        redirect,
                        "nomination.replaced",
                        TableNames.referenceTo(nomination.table().name()));
                return "redirect:/nominations/" + token;
            } catch (DomainException refused) {
                if (isDeadline(refused)) {
                    return expired(desk.page(token), model, response, HttpStatus.UNPROCESSABLE_CONTENT);
                }
                FormErrors.add(errors, refused);
            }
        }
        return replacePage(token, nomination, model);
    }

    @GetMapping("/{nominationId}/withdraw")
    String confirmWithdraw(@PathVariable String token, @PathVariable long nominationId, Model model) {
        model.addAttribute("page", desk.page(token));
        model.addAttribute("token", token);
        model.addAttribute("nomination", desk.get(token, nominationId));
        return WITHDRAW_VIEW;
    }

    @PostMapping("/{nominationId}/withdraw")
    String withdraw(
            @PathVariable String token,
            @PathVariable long nominationId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NominationView nomination = desk.get(token, nominationId);
        try {
            desk.withdraw(token, nominationId);
            Flash.success(
                    redirect,
                    "nomination.withdrawn",
                    TableNames.referenceTo(nomination.table().name()));
        } catch (DomainException refused) {
            if (isDeadline(refused)) {
                return expired(desk.page(token), model, response, HttpStatus.UNPROCESSABLE_CONTENT);
            }
            Flash.refusal(redirect, refused);
        }
        return "redirect:/nominations/" + token;
    }

    private String page(String token, NominationPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute(
                "tableNames",
                page.call().tables().stream().collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t.name())));
        model.addAttribute("token", token);
        return PAGE_VIEW;
    }

    private String replacePage(String token, NominationView nomination, Model model) {
        model.addAttribute("page", desk.page(token));
        model.addAttribute("token", token);
        model.addAttribute("nomination", nomination);
        return REPLACE_VIEW;
    }

    private static String expired(NominationPage page, Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("page", page);
        return EXPIRED_VIEW;
    }

    private static boolean isDeadline(DomainException refused) {
        return refused instanceof RuleViolationException
                && "error.nomination.deadlinePassed".equals(refused.messageKey());
    }
}
